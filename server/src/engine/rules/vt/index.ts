import type { Rule } from '../../rule';
import { vt07 } from './vt-07';

export const VT_RULES: Rule[] = [vt07];
