import type { Rule } from '../../rule';
import { so01 } from './so-01';
import { so02 } from './so-02';
import { so03 } from './so-03';
import { so04 } from './so-04';
import { so05 } from './so-05';
import { so06 } from './so-06';
import { so08 } from './so-08';
import { vt01 } from './vt-01';

export const SO_RULES: Rule[] = [so01, so02, so03, so04, so05, so06, so08, vt01];
