// Word export of a checked letter: the engine's model → the layout of
// Phụ lục I → DOCX (and the same layout → HTML for the print preview).
// No vscode, no LSP: shared by the CLI, the extension and the tests.

import { analyze, CheckOptions, Finding } from '../engine';
import { buildLayout, Layout } from './layout';
import { layoutSpec, ExportSettings } from './spec';
import { layoutToDocx } from './docx';
import { layoutToHtml } from './html';

export { layoutSpec, exportSettingsFrom, PROFILES, MARGIN_RANGES } from './spec';
export type { ExportSettings, LayoutSpec, Profile } from './spec';
export type { Layout } from './layout';
export { toPdf, findSoffice, NoLibreOfficeError } from './pdf';

export interface ExportResult {
  /** The findings of severity error: export still happens, the caller warns (CLI: exit 1 unless --force). */
  errors: Finding[];
  isDocument: boolean;
  layout: Layout;
}

export function layoutOf(text: string, opts: CheckOptions = {}, settings: ExportSettings = {}): ExportResult {
  const a = analyze(text, opts);
  const layout = buildLayout(a.model, layoutSpec(settings));
  return { errors: a.findings.filter((f) => f.severity === 'error'), isDocument: a.summary.isDocument, layout };
}

export async function exportDocx(text: string, opts: CheckOptions = {}, settings: ExportSettings = {}): Promise<ExportResult & { docx: Buffer }> {
  const r = layoutOf(text, opts, settings);
  const title = r.layout.sections[0].blocks.find((b) => b.kind === 'para' && (b.role === 'trich-yeu' || b.role === 'vv'));
  const docx = await layoutToDocx(r.layout, { title: title && title.kind === 'para' ? title.runs.map((x) => x.text).join('') : undefined });
  return { ...r, docx };
}

export function exportHtml(text: string, opts: CheckOptions = {}, settings: ExportSettings = {}): ExportResult & { html: string } {
  const r = layoutOf(text, opts, settings);
  return { ...r, html: layoutToHtml(r.layout) };
}
