import type { Rule } from '../../rule';

export const CC_RULES: Rule[] = [];
