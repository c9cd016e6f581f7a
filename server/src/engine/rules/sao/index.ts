import type { Rule } from '../../rule';
import { sao01 } from './sao-01';

export const SAO_RULES: Rule[] = [sao01];
