import type { Rule } from '../../rule';

export const MK_RULES: Rule[] = [];
