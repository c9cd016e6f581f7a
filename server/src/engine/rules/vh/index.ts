import type { Rule } from '../../rule';
import { vh10 } from './vh-10';

export const VH_RULES: Rule[] = [vh10];
