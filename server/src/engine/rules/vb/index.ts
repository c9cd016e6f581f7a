import type { Rule } from '../../rule';
import { vbDisable01 } from './vb-disable-01';
import { vbCq01 } from './vb-cq-01';
import { vbUnicode01 } from './vb-unicode-01';

export const VB_RULES: Rule[] = [vbDisable01, vbCq01, vbUnicode01];
