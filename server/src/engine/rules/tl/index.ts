import type { Rule } from '../../rule';
import { tl01 } from './tl-01';
import { tl02 } from './tl-02';
import { tl03 } from './tl-03';
import { tl04 } from './tl-04';
import { tl05 } from './tl-05';
import { tl07 } from './tl-07';
import { tl08 } from './tl-08';

export const TL_RULES: Rule[] = [tl01, tl02, tl03, tl04, tl05, tl07, tl08];
