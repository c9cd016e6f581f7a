import type { Rule } from '../../rule';
import { vh01 } from './vh-01';
import { vh02 } from './vh-02';
import { vh04, vh05, vh06, vh07, vh08, vh09 } from './places';
import { vh10 } from './vh-10';
import { vh11 } from './vh-11';
import { vh12 } from './vh-12';
import { vh15 } from './vh-15';
import { vh17, vh20, vh21, vh22 } from './calendar';
import { vh18 } from './vh-18';
import { vh19 } from './vh-19';

export const VH_RULES: Rule[] = [vh01, vh02, vh04, vh05, vh06, vh07, vh08, vh09, vh10, vh11, vh12, vh15, vh17, vh18, vh19, vh20, vh21, vh22];
