import type { Rule } from '../../rule';
import { mk01 } from './mk-01';
import { mk02 } from './mk-02';
import { mk03 } from './mk-03';

export const MK_RULES: Rule[] = [mk01, mk02, mk03];
