import type { Rule } from '../../rule';
import { kg01 } from './kg-01';
import { kg02 } from './kg-02';
import { kg03 } from './kg-03';
import { kg04 } from './kg-04';
import { kg05 } from './kg-05';

export const KG_RULES: Rule[] = [kg01, kg02, kg03, kg04, kg05];
