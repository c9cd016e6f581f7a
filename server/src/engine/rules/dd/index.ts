import type { Rule } from '../../rule';
import { dd01 } from './dd-01';
import { dd02 } from './dd-02';
import { dd03 } from './dd-03';
import { dd06 } from './dd-06';

export const DD_RULES: Rule[] = [dd01, dd02, dd03, dd06];
