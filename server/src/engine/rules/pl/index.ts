import type { Rule } from '../../rule';
import { pl03 } from './pl-03';

export const PL_RULES: Rule[] = [pl03];
