import type { Rule } from '../../rule';
import { qh01 } from './qh-01';
import { qh02 } from './qh-02';
import { qh03 } from './qh-03';

export const QH_RULES: Rule[] = [qh01, qh02, qh03];
