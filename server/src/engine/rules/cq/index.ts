import type { Rule } from '../../rule';

export const CQ_RULES: Rule[] = [];
