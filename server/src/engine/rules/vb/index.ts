import type { Rule } from '../../rule';
import { vbDisable01 } from './vb-disable-01';

export const VB_RULES: Rule[] = [vbDisable01];
