import type { Rule } from '../../rule';
import { kh01 } from './kh-01';

export const KH_RULES: Rule[] = [kh01];
