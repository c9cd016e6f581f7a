import type { Rule } from '../../rule';
import { pl02 } from './pl-02';
import { pl03 } from './pl-03';

export const PL_RULES: Rule[] = [pl02, pl03];
