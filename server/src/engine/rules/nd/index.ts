import type { Rule } from '../../rule';

export const ND_RULES: Rule[] = [];
