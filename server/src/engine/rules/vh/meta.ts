// Metadata helpers of the VH rules.
import type { RuleMeta, Severity } from '../../types';
import { PL2, t } from '../util';

export function vhMeta(
  id: string,
  sect: string,
  title: [string, string],
  description: [string, string],
  examples: { correct: string[]; incorrect: string[] },
  severity: Severity = 'error',
): RuleMeta {
  return {
    id,
    component: 'noi-dung',
    severity,
    clause: PL2(sect),
    title: t(title[0], title[1]),
    description: t(description[0], description[1]),
    fixable: true,
    examples,
  };
}
