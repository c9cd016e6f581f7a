import type { Rule } from '../../rule';

export const NN_RULES: Rule[] = [];
