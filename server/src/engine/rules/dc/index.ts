import type { Rule } from '../../rule';
import { dc01 } from './dc-01';

export const DC_RULES: Rule[] = [dc01];
