import type { Rule } from '../../rule';
import { so02 } from './so-02';

export const SO_RULES: Rule[] = [so02];
