// Metadata helpers of the VH rules.
import type { RuleMeta, Severity } from '../../types';
import { t } from '../util';

export function pl2(sect: string): RuleMeta['clause'] {
  const en = sect.replace(/\.đ/g, '.dd');
  return { vi: `NĐ 30/2020, Phụ lục II, mục ${sect}`, en: `Decree 30/2020, Appendix II, section ${en}` };
}

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
    clause: pl2(sect),
    title: t(title[0], title[1]),
    description: t(description[0], description[1]),
    fixable: true,
    examples,
  };
}
