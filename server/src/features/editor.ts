// The editor features of issue #3 (code actions and fix-all, hover,
// completion, document symbols), plugged into features/index.ts as one list.

import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { symbolsFeature } from './symbols';

export const EDITOR_FEATURES = [codeActionsFeature, hoverFeature, completionFeature, symbolsFeature];
