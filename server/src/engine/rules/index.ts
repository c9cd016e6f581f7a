// The registry: every rule of the engine, in catalogue order.

import type { Rule } from '../rule';
import { DOC_RULES } from './doc';
import { QH_RULES } from './qh';
import { CQ_RULES } from './cq';
import { SO_RULES } from './so';
import { DD_RULES } from './dd';
import { TL_RULES } from './tl';
import { CC_RULES } from './cc';
import { ND_RULES } from './nd';
import { KG_RULES } from './kg';
import { CK_RULES } from './ck';
import { NN_RULES } from './nn';
import { MK_RULES } from './mk';
import { PL_RULES } from './pl';
import { VH_RULES } from './vh';
import { KH_RULES } from './kh';
import { DC_RULES } from './dc';
import { SAO_RULES } from './sao';
import { VT_RULES } from './vt';
import { VB_RULES } from './vb';

export const RULES: Rule[] = [
  ...DOC_RULES,
  ...QH_RULES,
  ...CQ_RULES,
  ...SO_RULES,
  ...DD_RULES,
  ...TL_RULES,
  ...CC_RULES,
  ...ND_RULES,
  ...KG_RULES,
  ...CK_RULES,
  ...NN_RULES,
  ...MK_RULES,
  ...PL_RULES,
  ...KH_RULES,
  ...DC_RULES,
  ...SAO_RULES,
  ...VT_RULES,
  ...VH_RULES,
  ...VB_RULES,
];

export const RULES_BY_ID = new Map<string, Rule>(RULES.map((r) => [r.meta.id, r]));
