import type { Rule } from '../../rule';

export const CK_RULES: Rule[] = [];
