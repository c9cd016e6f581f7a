import type { Rule } from '../../rule';

export const TL_RULES: Rule[] = [];
