import type { Rule } from '../../rule';
import { ck01 } from './ck-01';
import { ck02 } from './ck-02';
import { ck03 } from './ck-03';
import { ck04 } from './ck-04';
import { ck06 } from './ck-06';

export const CK_RULES: Rule[] = [ck01, ck02, ck03, ck04, ck06];
