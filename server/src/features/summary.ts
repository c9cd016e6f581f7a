// Custom request `thethuc/summary` (status bar): the document type and the
// findings count of a document's latest analysis. Every host has it.

import type { Finding } from '../engine';
import { onRequest, SummaryRequest } from '../protocol';
import type { FeatureContext } from './context';

export function count(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export const summaryFeature = {
  init(ctx: FeatureContext): void {
    onRequest(ctx.connection, SummaryRequest, (p) => {
      const r = ctx.analysis.latest(p.uri);
      if (!r || r.kind !== 'ok') return { isDocument: false, errors: 0, warnings: 0, infos: 0 };
      const s = r.analysis.summary;
      return { type: s.type, typeName: s.typeName, regime: s.regime, isDocument: s.isDocument, ...count(r.analysis.findings) };
    });
  },
};
