import type { Rule } from '../../rule';
import { cc01 } from './cc-01';
import { cc02 } from './cc-02';
import { cc03 } from './cc-03';
import { cc05 } from './cc-05';
import { cc06 } from './cc-06';
import { cc07 } from './cc-07';

export const CC_RULES: Rule[] = [cc01, cc02, cc03, cc05, cc06, cc07];
