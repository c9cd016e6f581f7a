import type { Rule } from '../../rule';

export const KG_RULES: Rule[] = [];
