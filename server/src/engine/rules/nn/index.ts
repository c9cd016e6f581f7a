import type { Rule } from '../../rule';
import { nn01 } from './nn-01';
import { nn02 } from './nn-02';
import { nn03 } from './nn-03';
import { nn04 } from './nn-04';
import { nn05 } from './nn-05';
import { nn06 } from './nn-06';

export const NN_RULES: Rule[] = [nn01, nn02, nn03, nn04, nn05, nn06];
