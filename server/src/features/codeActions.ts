// Code actions: quick fixes from the findings' fixes, "fix all of this rule",
// disable comments (this line / whole file), the rule's documentation, and the
// converging fix-all (source.fixAll.thethuc, used by codeActionsOnSave, and
// the command thethuc.server.fixAll behind the extension's "thethuc.fixAll").

import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Command,
  Diagnostic,
  InitializeParams,
  InitializeResult,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CheckOptions, Finding, Lang } from '../engine';
import { diffTextEdits, fixAll, verifyFix } from '../engine/fix';
import { LineIndex } from '../engine/positions';
import { FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../protocol';
import type { FeatureContext } from './context';
import { analysisFor, declareCommands, installCommandDispatcher, registerServerCommand, ruleDocUrl, ruleMarkdown, tr } from './util';

export const FIX_ALL_KIND = 'source.fixAll.thethuc';

const DISABLE_RULE = 'VB-DISABLE-01';

let supportsDocumentChanges = false;
let supportsShowDocument = false;

function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  if (supportsDocumentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
  return { changes: { [doc.uri]: edits } };
}

function sameRange(a: Diagnostic['range'], b: Finding['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Above this size a quick fix is offered without the check below (each check
 * analyses the document again); "fix all" verifies its fixes in any case.
 */
const VERIFY_LIMIT = 256 * 1024;
const holds = new WeakMap<Finding, boolean>();

/**
 * Is the quick fix of `f` worth offering: applied to the text `analysis` was
 * made from, its finding is gone and no other rule would undo it at once
 * (`verifyFix`)? Memoised per finding, so the code action and the hover of
 * one analysis pay for it once.
 */
export function quickFixHolds(f: Finding, analysis: Analysis, options: CheckOptions): boolean {
  if (!f.fix || !f.fix.edits.length) return false;
  const text = analysis.model.md.text;
  if (text.length > VERIFY_LIMIT) return true;
  let ok = holds.get(f);
  if (ok === undefined) {
    try {
      ok = verifyFix(text, f, options);
    } catch {
      ok = false;
    }
    holds.set(f, ok);
  }
  return ok;
}

/** Title of the converging fix-all. */
export function fixAllTitle(lang: Lang): string {
  return tr(lang, 'Thể thức: Sửa tất cả lỗi có thể sửa tự động', 'Thể thức: Fix all auto-fixable problems');
}

/** The converging fix-all of a document as minimal edits (empty when nothing to fix). */
export function computeFixAll(text: string, options: CheckOptions, filter?: (f: Finding) => boolean): { edits: TextEdit[]; fixed: number; remaining: number; passes: number } {
  const r = fixAll(text, { ...options, filter });
  return { edits: r.text === text ? [] : diffTextEdits(text, r.text), fixed: r.fixed, remaining: r.remaining.length, passes: r.passes };
}

function eol(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/**
 * The edit that disables `ruleId` for the source line of `finding`:
 * a `<!-- thethuc-disable-next-line RULE -->` line above it (merged into such
 * a comment already there). A comment line between two table rows would cut
 * the table in two, so for a table: above the whole table when the finding is
 * on the table's first line, otherwise an inline
 * `<!-- thethuc-disable-line RULE -->` at the end of the finding's cell line.
 */
export function disableLineEdit(text: string, analysis: Analysis, finding: Finding): TextEdit {
  const index = new LineIndex(text);
  const nl = eol(text);
  const line = finding.range.start.line;
  const lineOf = (l: number) => index.lineText(l);
  const md = analysis.model.md;
  const off = finding.offsets.start;
  const cellLine = md.lines.find((l) => l.cell && l.srcLine === line);
  if (cellLine?.cell) {
    const table = cellLine.cell.table;
    let first = Math.min(...md.lines.filter((l) => l.cell?.table === table).map((l) => l.srcLine));
    // An empty header row holds no logical line: walk up over table rows.
    while (first > 0 && /^\s*\|/.test(lineOf(first - 1))) first--;
    if (line !== first) {
      // Inline comment at the end of the cell line holding the finding.
      const holder =
        md.lines.find((l) => l.cell && l.srcLine === line && l.start <= off && off <= l.end) ??
        md.lines.filter((l) => l.cell && l.srcLine === line).pop()!;
      const pos = index.position(holder.end);
      return { range: { start: pos, end: pos }, newText: ` <!-- thethuc-disable-line ${finding.ruleId} -->` };
    }
    return insertAbove(index, first, finding.ruleId, nl, lineOf);
  }
  return insertAbove(index, line, finding.ruleId, nl, lineOf);
}

function insertAbove(index: LineIndex, line: number, ruleId: string, nl: string, lineOf: (l: number) => string): TextEdit {
  if (line > 0) {
    const prev = lineOf(line - 1);
    const m = /^(\s*<!--\s*thethuc-disable-next-line\b)([^>]*?)(\s*-->\s*)$/.exec(prev);
    if (m) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      // Add the rule to the list of the comment already there.
      if (rules.length && !rules.some((r) => r.toUpperCase() === ruleId.toUpperCase())) {
        const at = index.starts[line - 1] + m[1].length + m[2].length;
        return { range: index.range(at, at), newText: `, ${ruleId}` };
      }
    }
  }
  const pos = { line, character: 0 };
  return { range: { start: pos, end: pos }, newText: `<!-- thethuc-disable-next-line ${ruleId} -->${nl}` };
}

/** The edit that disables `ruleId` for the whole file: a comment at the top, after any front matter. */
export function disableFileEdit(text: string, analysis: Analysis, ruleId: string): TextEdit {
  const index = new LineIndex(text);
  const fm = analysis.model.md.frontMatter;
  let line = 0;
  if (fm) line = index.position(fm.end).line + 1;
  // A byte-order mark stays first.
  const character = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nl = eol(text);
  if (line >= index.lineCount) {
    // Front matter is the whole file: append after it.
    const pos = index.position(text.length);
    return { range: { start: pos, end: pos }, newText: `${nl}<!-- thethuc-disable ${ruleId} -->${nl}` };
  }
  return { range: { start: { line, character }, end: { line, character } }, newText: `<!-- thethuc-disable ${ruleId} -->${nl}` };
}

function ruleDocCommand(ruleId: string, lang: Lang): Command {
  return Command.create(tr(lang, `Xem tài liệu quy tắc ${ruleId}`, `Show documentation for ${ruleId}`), SHOW_RULE_DOC_COMMAND, ruleId, ruleDocUrl(ruleId) ?? null, ruleMarkdown(ruleId, lang));
}

function wantsFixAll(only: string[] | undefined): boolean {
  if (!only) return false;
  return only.some((k) => k === CodeActionKind.Source || k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND);
}
function wantsQuickFix(only: string[] | undefined): boolean {
  if (!only) return true;
  return only.some((k) => k === CodeActionKind.QuickFix || k === '' || CodeActionKind.QuickFix.startsWith(k + '.'));
}

export async function provideCodeActions(ctx: FeatureContext, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const doc = ctx.documents.get(uri);
  if (!doc) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wantsFixAll(only)) {
    const a = await analysisFor(ctx, uri);
    if (a && a.analysis.findings.some((f) => f.fixable)) {
      const r = computeFixAll(a.doc.getText(), a.options);
      if (r.edits.length) actions.push({ title: fixAllTitle(a.lang), kind: FIX_ALL_KIND, edit: workspaceEdit(a.doc, r.edits) });
    }
  }

  if (!wantsQuickFix(only)) return actions;
  // Quick fixes only from the analysis of the version the diagnostics were published for.
  const latest = await ctx.analysis.latestFor(uri, doc.version);
  if (!latest) return actions;
  const { analysis, options } = latest;
  const lang: Lang = latest.lang;
  const text = doc.getText();
  const ours = params.context.diagnostics.filter((d) => d.source === 'thethuc' && typeof d.code === 'string');
  const seenRules = new Set<string>();
  for (const d of ours) {
    const matches = analysis.findings.filter((f) => f.ruleId === d.code && sameRange(d.range, f.range));
    // A fix is offered only when it holds (re-checked on the fixed text).
    const finding = matches.find((f) => quickFixHolds(f, analysis, options)) ?? matches[0];
    if (!finding) continue;
    const ruleId = finding.ruleId;
    if (finding.fix && finding.fix.edits.length && quickFixHolds(finding, analysis, options)) {
      // Preferred unless another fixable finding sits on the same range.
      const rivals = analysis.findings.filter((f) => f !== finding && f.fix && sameRange(d.range, f.range) && quickFixHolds(f, analysis, options));
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: rivals.length === 0,
        edit: workspaceEdit(doc, finding.fix.edits),
      });
    }
    if (seenRules.has(ruleId)) continue;
    seenRules.add(ruleId);
    const sameRule = analysis.findings.filter((f) => f.ruleId === ruleId && f.fix);
    if (sameRule.length > 1) {
      const r = computeFixAll(text, options, (f) => f.ruleId === ruleId);
      if (r.edits.length) {
        actions.push({
          title: tr(lang, `Sửa tất cả lỗi ${ruleId} trong văn bản`, `Fix all ${ruleId} problems in the document`),
          kind: CodeActionKind.QuickFix,
          diagnostics: ours.filter((x) => x.code === ruleId),
          edit: workspaceEdit(doc, r.edits),
        });
      }
    }
    if (ruleId !== DISABLE_RULE) {
      actions.push({
        title: tr(lang, `Tắt ${ruleId} cho dòng này`, `Disable ${ruleId} for this line`),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: workspaceEdit(doc, [disableLineEdit(text, analysis, finding)]),
      });
      actions.push({
        title: tr(lang, `Tắt ${ruleId} cho cả tệp`, `Disable ${ruleId} for the entire file`),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: workspaceEdit(doc, [disableFileEdit(text, analysis, ruleId)]),
      });
    }
    const cmd = ruleDocCommand(ruleId, lang);
    actions.push({ title: cmd.title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: cmd });
  }
  return actions;
}

/** Run the converging fix-all on a document and apply it through the client. */
async function runFixAllCommand(ctx: FeatureContext, args: unknown[]): Promise<{ applied: boolean; fixed: number; remaining: number; passes: number; message: string }> {
  const uri = typeof args[0] === 'string' ? args[0] : (args[0] as { uri?: string } | undefined)?.uri;
  const version = typeof args[1] === 'number' ? args[1] : undefined;
  const lang = ctx.lang();
  const none = (message: string) => ({ applied: false, fixed: 0, remaining: 0, passes: 0, message });
  if (!uri) return none(tr(lang, 'Không có văn bản nào đang mở.', 'No open document.'));
  const a = await analysisFor(ctx, uri);
  if (!a) return none(tr(lang, 'Văn bản không được kiểm tra.', 'The document is not checked.'));
  if (version !== undefined && version !== a.doc.version) return none(tr(lang, 'Văn bản đã thay đổi, hãy thử lại.', 'The document changed; try again.'));
  const r = computeFixAll(a.doc.getText(), a.options);
  if (!r.edits.length) {
    return { ...none(tr(lang, 'Không có lỗi nào sửa tự động được.', 'No auto-fixable problem.')), remaining: r.remaining };
  }
  const res = await ctx.connection.workspace.applyEdit({ label: fixAllTitle(lang), edit: workspaceEdit(a.doc, r.edits) });
  const message = res.applied
    ? tr(lang, `Đã sửa ${r.fixed} lỗi.`, `Fixed ${r.fixed} problem(s).`) + (r.remaining ? tr(lang, ` Còn ${r.remaining} lỗi chưa sửa được tự động.`, ` ${r.remaining} could not be fixed automatically.`) : '')
    : tr(lang, 'Không áp dụng được các sửa đổi.', 'The edits were not applied.');
  return { applied: res.applied, fixed: res.applied ? r.fixed : 0, remaining: r.remaining, passes: r.passes, message };
}

/** For clients other than VS Code: open the rule's page, or show its description. */
async function showRuleDoc(ctx: FeatureContext, args: unknown[]): Promise<boolean> {
  const ruleId = String(args[0] ?? '');
  const url = (typeof args[1] === 'string' && args[1]) || ruleDocUrl(ruleId);
  if (url && supportsShowDocument) {
    const r = await ctx.connection.window.showDocument({ uri: url, takeFocus: true });
    return r.success;
  }
  const md = typeof args[2] === 'string' ? args[2] : ruleMarkdown(ruleId, ctx.lang());
  void ctx.connection.window.showInformationMessage(md.replace(/[#*`]/g, '').replace(/\n{2,}/g, '\n').trim());
  return true;
}

export const codeActionsFeature = {
  capabilities(result: InitializeResult, params: InitializeParams): void {
    supportsDocumentChanges = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
    supportsShowDocument = !!params.capabilities.window?.showDocument?.support;
    result.capabilities.codeActionProvider = { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false };
    declareCommands(result, [FIX_ALL_COMMAND]);
  },
  init(ctx: FeatureContext): void {
    registerServerCommand(FIX_ALL_COMMAND, (args) => runFixAllCommand(ctx, args));
    registerServerCommand(SHOW_RULE_DOC_COMMAND, (args) => showRuleDoc(ctx, args), false);
    installCommandDispatcher(ctx);
    ctx.connection.onCodeAction((params) => provideCodeActions(ctx, params));
  },
};
