import type { Rule } from '../../rule';
import { doc02 } from './doc-02';
import { doc03 } from './doc-03';
import { doc04 } from './doc-04';
import { doc05 } from './doc-05';
import { doc06 } from './doc-06';
import { doc07 } from './doc-07';

export const DOC_RULES: Rule[] = [doc02, doc03, doc04, doc05, doc06, doc07];
