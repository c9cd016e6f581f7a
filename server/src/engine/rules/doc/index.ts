import type { Rule } from '../../rule';
import { doc02 } from './doc-02';
import { doc06 } from './doc-06';
import { doc07 } from './doc-07';

export const DOC_RULES: Rule[] = [doc02, doc06, doc07];
