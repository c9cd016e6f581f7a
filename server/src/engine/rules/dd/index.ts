import type { Rule } from '../../rule';

export const DD_RULES: Rule[] = [];
