// Hover: on a finding, the rule (title, the correct form first, description,
// correct examples, docs link; the message and clause are the diagnostic's); on a component without a finding, what the component
// is, the rules that govern it, its clause and a correct example.

import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { Finding, Lang, RULES, RULES_BY_ID } from '../engine';
import type { DocModel } from '../engine/model';
import { LineIndex } from '../engine/positions';
import { quickFixHolds } from './codeActions';
import { componentOfLine, signPrefixOf, SIGN_PREFIX_INFO } from './components';
import type { FeatureContext } from './context';
import { analysisFor, loc, ruleLink, tr } from './util';

function fence(s: string): string {
  return '```markdown\n' + s + '\n```';
}

/** The correct form a finding asks for: the "→ …" of its message ("X" → "Y"); else the rule's correct examples are shown. */
function correctForm(f: Finding): string | undefined {
  return /→\s*(".*?"|“.*?”)/u.exec(f.message)?.[1];
}

/**
 * Hover Markdown for one finding. The editor already shows the diagnostic's
 * message with its clause right above this hover: it is not repeated. What
 * comes first is what to write instead ("Viết đúng"), then why, then the link.
 */
export function findingHover(f: Finding, lang: Lang, fixHolds: boolean = !!f.fix, ruleDocsUrl?: string): string {
  const rule = RULES_BY_ID.get(f.ruleId);
  const parts: string[] = [];
  parts.push(`**${f.ruleId}**${rule ? ` · ${loc(rule.meta.title, lang)}` : ''}`);
  const form = correctForm(f);
  const ex = rule?.meta.examples?.correct ?? [];
  if (form) parts.push(`${tr(lang, 'Viết đúng:', 'Correct:')} ${form}`);
  else if (ex.length) parts.push(`${tr(lang, 'Viết đúng:', 'Correct:')}\n\n${ex.slice(0, 3).map(fence).join('\n\n')}`);
  // Only a fix the editor will offer (see quickFixHolds in codeActions.ts).
  if (f.fix && fixHolds) parts.push(`${tr(lang, 'Sửa nhanh:', 'Quick fix:')} ${f.fix.title}`);
  if (rule) {
    parts.push(loc(rule.meta.description, lang));
    if (form && ex.length) parts.push(`${tr(lang, 'Ví dụ đúng:', 'Correct examples:')}\n\n${ex.slice(0, 3).map(fence).join('\n\n')}`);
  }
  const url = ruleLink(f.ruleId, ruleDocsUrl);
  parts.push(url ? `[${tr(lang, 'Xem tài liệu quy tắc', 'Rule documentation')} ${f.ruleId}](${url})` : `${tr(lang, 'Tài liệu:', 'Docs:')} \`${f.docPath}\``);
  return parts.join('\n\n');
}

/** Hover Markdown for the component at a source offset, if any. */
export function componentHover(model: DocModel, offset: number, lang: Lang, ruleDocsUrl?: string): { markdown: string; start: number; end: number } | undefined {
  const line = model.lines.find((l) => l.start <= offset && offset <= l.end);
  if (!line) return undefined;
  const info = componentOfLine(model, line);
  if (!info) return undefined;
  const parts: string[] = [];
  parts.push(`**${loc(info.name, lang)}**${lang === 'vi' ? ` (${info.name.en})` : ''}`);
  parts.push(loc(info.what, lang));
  if (info.key === 'signer') {
    const p = signPrefixOf(line.text);
    if (p) parts.push(`\`${p}\`: ${loc(SIGN_PREFIX_INFO[p], lang)}`);
  }
  parts.push(`*${loc(info.clause, lang)}*`);
  const rules = RULES.filter((r) => info.components.includes(r.meta.component) && r.meta.id !== 'VB-DISABLE-01');
  if (rules.length) {
    parts.push(
      `${tr(lang, 'Quy tắc áp dụng:', 'Rules:')}\n\n` +
        rules
          .map((r) => {
            const url = ruleLink(r.meta.id, ruleDocsUrl);
            const id = url ? `[${r.meta.id}](${url})` : `\`${r.meta.id}\``;
            return `- ${id}: ${loc(r.meta.title, lang)}`;
          })
          .join('\n'),
    );
  }
  parts.push(`${tr(lang, 'Ví dụ đúng:', 'Correct example:')}\n\n${info.examples.map(fence).join('\n\n')}`);
  return { markdown: parts.join('\n\n'), start: line.start, end: line.end };
}

export async function provideHover(ctx: FeatureContext, params: HoverParams): Promise<Hover | null> {
  const a = await analysisFor(ctx, params.textDocument.uri, { allowStale: true });
  if (!a) return null;
  const { analysis, doc, lang, options, ruleDocsUrl } = a;
  const offset = doc.offsetAt(params.position);
  const hits = analysis.findings.filter((f) => f.offsets.start <= offset && offset <= f.offsets.end);
  if (hits.length) {
    // Narrowest first.
    hits.sort((x, y) => x.offsets.end - x.offsets.start - (y.offsets.end - y.offsets.start));
    const shown = hits.slice(0, 4);
    return {
      contents: { kind: MarkupKind.Markdown, value: shown.map((f) => findingHover(f, lang, quickFixHolds(f, analysis, options), ruleDocsUrl)).join('\n\n---\n\n') },
      range: shown[0].range,
    };
  }
  if (!analysis.summary.isDocument) return null;
  const c = componentHover(analysis.model, offset, lang, ruleDocsUrl);
  if (!c) return null;
  const index = new LineIndex(doc.getText());
  return { contents: { kind: MarkupKind.Markdown, value: c.markdown }, range: index.range(c.start, c.end) };
}

export const hoverFeature = {
  capabilities(result: import('vscode-languageserver/node').InitializeResult): void {
    result.capabilities.hoverProvider = true;
  },
  init(ctx: FeatureContext): void {
    ctx.connection.onHover((params) => provideHover(ctx, params));
  },
};
