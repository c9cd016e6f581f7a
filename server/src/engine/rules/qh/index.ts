import type { Rule } from '../../rule';
import { qh01 } from './qh-01';

export const QH_RULES: Rule[] = [qh01];
