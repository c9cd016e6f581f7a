import type { Rule } from '../../rule';
import { sao01 } from './sao-01';
import { sao02 } from './sao-02';

export const SAO_RULES: Rule[] = [sao01, sao02];
