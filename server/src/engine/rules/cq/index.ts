import type { Rule } from '../../rule';
import { cq01 } from './cq-01';
import { cq02 } from './cq-02';
import { cq03 } from './cq-03';

export const CQ_RULES: Rule[] = [cq01, cq02, cq03];
