import type { Rule } from '../../rule';
import { pl01 } from './pl-01';
import { pl02 } from './pl-02';
import { pl03 } from './pl-03';

export const PL_RULES: Rule[] = [pl01, pl02, pl03];
