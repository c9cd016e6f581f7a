import type { Rule } from '../../rule';
import { nd01 } from './nd-01';
import { nd02 } from './nd-02';
import { nd03 } from './nd-03';
import { nd04 } from './nd-04';
import { nd05 } from './nd-05';
import { nd06 } from './nd-06';
import { nd07 } from './nd-07';

export const ND_RULES: Rule[] = [nd01, nd02, nd03, nd04, nd05, nd06, nd07];
