// Output formats of `thethuc check`.

import { RULES } from '../engine';
import { ruleDocsLink } from '../ruleDocs';
import type { Finding, Lang, Severity } from '../engine';
import { localise, tr } from '../engine/i18n';

/** What the engine read the file as (analyze's summary). */
export interface DocInfo {
  isDocument: boolean;
  regime: string;
  /** Type key ("cong_van"), when found. */
  type?: string;
  /** Type name ("Công văn"). */
  typeName?: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  doc?: DocInfo;
}

const SEV_SHORT: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

const REGIME_NAME: Record<string, { vi: string; en: string }> = {
  'hanh-chinh': { vi: 'hành chính', en: 'administrative' },
  vbqppl: { vi: 'quy phạm pháp luật', en: 'legal normative' },
  dang: { vi: 'văn bản của Đảng', en: 'Party document' },
};

/** "công văn · hành chính", or the notice for a file not read as a document. */
export function describeDoc(doc: DocInfo, lang: Lang = 'vi'): string {
  if (!doc.isDocument) {
    return tr(lang, 'không nhận ra văn bản hành chính: không kiểm tra', 'not recognised as an administrative document: not checked');
  }
  const regime = REGIME_NAME[doc.regime] ?? { vi: doc.regime, en: doc.regime };
  if (!doc.typeName && doc.regime === 'vbqppl') return tr(lang, 'văn bản quy phạm pháp luật', 'legal normative document');
  if (!doc.typeName && doc.regime === 'dang') return localise(regime, lang);
  const type = doc.typeName ? doc.typeName.charAt(0).toLowerCase() + doc.typeName.slice(1) : tr(lang, 'chưa nhận ra tên loại', 'type not recognised');
  return `${type} · ${localise(regime, lang)}`;
}

/** Files the engine did not read as a document (they must not look clean). */
export function notDocumentCount(results: FileResult[]): number {
  return results.filter((r) => r.doc && !r.doc.isDocument).length;
}

/**
 * One heading line per file naming what it was read as ("cv.md: công văn ·
 * hành chính"), then one line per finding.
 */
export function formatText(results: FileResult[], color: boolean, lang: Lang = 'vi'): string {
  const c = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const r of results) {
    if (r.doc) out.push(`${c(1, r.file)}: ${r.doc.isDocument ? c(2, describeDoc(r.doc, lang)) : c(33, describeDoc(r.doc, lang))}`);
    for (const f of r.findings) {
      const sev = SEV_SHORT[f.severity];
      const sevC = f.severity === 'error' ? c(31, sev) : f.severity === 'warning' ? c(33, sev) : c(36, sev);
      out.push(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${sevC} ${c(2, f.ruleId)} ${f.message}`);
    }
  }
  return out.join('\n');
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      ...(r.doc ? { isDocument: r.doc.isDocument, documentType: r.doc.isDocument ? (r.doc.type ?? null) : null, regime: r.doc.isDocument ? r.doc.regime : null } : {}),
      diagnostics: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: f.range,
        fixable: f.fixable,
      })),
    })),
    null,
    2,
  );
}

// ---------------------------------------------------------------- SARIF 2.1.0


export interface SarifOptions {
  lang: Lang;
  version: string;
  /** Public address of the rule pages (ruleDocs.ts), checked: rules get a helpUri only then. */
  ruleDocsUrl?: string;
  /** Turn a displayed file name into a relative '/'-path for artifactLocation.uri. */
  relPath: (file: string) => string;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Percent-encode each segment of a relative '/'-path (a valid URI reference). */
export function uriReference(rel: string): string {
  return rel
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

export function formatSarif(results: FileResult[], o: SarifOptions): string {
  const L = (t: { vi: string; en: string }) => localise(t, o.lang);
  const index = new Map<string, number>();
  const rules = RULES.map((r, i) => {
    index.set(r.meta.id, i);
    const m = r.meta;
    const rule: Record<string, unknown> = {
      id: m.id,
      name: m.id,
      shortDescription: { text: L(m.title) },
      fullDescription: { text: `${L(m.description)} (${L(m.clause)})` },
      defaultConfiguration: { level: SARIF_LEVEL[m.severity] },
      help: { text: `${L(m.description)}\n\n${L(m.clause)}`, markdown: `**${L(m.title)}**\n\n${L(m.description)}\n\n*${L(m.clause)}*` },
      properties: { component: m.component, fixable: m.fixable, tags: [m.component, m.id.startsWith('VB-') ? 'thethuc' : 'nd30-2020'] },
    };
    if (o.ruleDocsUrl) rule.helpUri = ruleDocsLink(o.ruleDocsUrl, m.id);
    return rule;
  });
  const out: Record<string, unknown>[] = [];
  for (const r of results) {
    const uri = uriReference(o.relPath(r.file));
    for (const f of r.findings) {
      const res: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
              },
            },
          },
        ],
      };
      const ri = index.get(f.ruleId);
      if (ri !== undefined) res.ruleIndex = ri;
      out.push(res);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'thethuc', version: o.version, semanticVersion: o.version, rules } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

// ---------------------------------------------------------------- JUnit XML

/** Escape text for XML content and attributes; drop characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** One testsuite per file; one failing testcase per finding, or one passing testcase for a clean file. */
export function formatJunit(results: FileResult[]): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  lines.push(`<testsuites name="thethuc" tests="${total}" failures="${failures}" errors="0">`);
  for (const r of results) {
    const file = xmlEscape(r.file);
    lines.push(`  <testsuite name="${file}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0" skipped="0">`);
    if (!r.findings.length) lines.push(`    <testcase name="${file}" classname="${file}"/>`);
    for (const f of r.findings) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`    <testcase name="${xmlEscape(`${f.ruleId} ${pos}`)}" classname="${file}">`);
      lines.push(`      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${xmlEscape(`${r.file}:${pos} ${f.severity} ${f.ruleId} ${f.message}`)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}
