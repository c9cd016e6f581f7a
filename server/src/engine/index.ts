// The checking engine: one pure function from text (+ settings) to findings.
// Shared by the language server, the CLI and the tests. No vscode, no LSP.

import { parseMarkdown, Directive, Line, MarkdownDoc } from './markdown';
import { ChunkCache, ChunkOptions, IncrementalStats } from './incremental';
import { buildModel, DocModel } from './model';
import { createContext, ContextHooks, Rule } from './rule';
import { LineMemo, LineSession } from './lineMemo';
import { resolveRuleOptions } from './options';
import { RULES, RULES_BY_ID } from './rules';
import { LineIndex } from './positions';
import { localise } from './i18n';
import type { CheckOptions, Finding, Lang, Level, RawFinding, RuleMeta, Severity } from './types';
import { charge, FINDINGS_PHASE, MODEL_PHASE, openAccount, READ_PHASE } from './timing';

export * from './types';
export { RULES, RULES_BY_ID } from './rules';
export type { Rule, RuleContext } from './rule';
export { optionTypeText, optionValue, resolveRuleOptions } from './options';
export type { DocModel } from './model';
export { chunkStarts } from './incremental';
export { timed, addTimings, topTimings } from './timing';
export type { Timings } from './timing';
export { languageOf, localise, tr } from './i18n';
export type { ChunkOptions, IncrementalStats } from './incremental';

export interface Analysis {
  findings: Finding[];
  model: DocModel;
  /** Summary for a status bar. */
  summary: { isDocument: boolean; regime: string; type?: string; typeName?: string };
  /** Rules that threw (reported, never fatal). */
  internalErrors: { ruleId: string; error: string }[];
}

export function docPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

export function resolveLevel(meta: RuleMeta, opts: CheckOptions): { level: Level; options: Record<string, unknown> } {
  const s = opts.rules?.[meta.id];
  if (s === undefined) return { level: meta.severity, options: {} };
  if (typeof s === 'string') return { level: normaliseLevel(s, meta.severity), options: {} };
  if (Array.isArray(s)) return { level: normaliseLevel(s[0], meta.severity), options: s[1] ?? {} };
  return { level: normaliseLevel(s.level, meta.severity), options: s.options ?? {} };
}

function normaliseLevel(l: string | undefined, dflt: Severity): Level {
  switch ((l ?? '').toLowerCase()) {
    case 'off':
    case 'none':
    case 'false':
      return 'off';
    case 'error':
      return 'error';
    case 'warning':
    case 'warn':
      return 'warning';
    case 'information':
    case 'info':
      return 'information';
    case 'hint':
      return 'hint';
    case 'on':
    case 'true':
    case 'default':
      return dflt;
    default:
      return dflt;
  }
}


const DISABLE_RULE_ID = 'VB-DISABLE-01';

/** Check a Markdown text and return its findings, sorted by position. */
export function check(text: string, opts: CheckOptions = {}): Finding[] {
  return analyze(text, opts).findings;
}

export function analyze(text: string, opts: CheckOptions = {}): Analysis {
  // A long text is read chunk by chunk (the same reading, tested): the parse
  // then stays linear whatever micromark does with long containers.
  return analyzeMarkdown(timedRead(() => (text.length > CHUNKED_FROM ? new ChunkCache().read(text) : parseMarkdown(text))), opts);
}

/** The reading of a text, charged to the read phase when a time account is open (THETHUC_TIMING). */
function timedRead(read: () => MarkdownDoc): MarkdownDoc {
  const t = openAccount();
  if (!t) return read();
  const t0 = performance.now();
  const md = read();
  charge(t, READ_PHASE, t0);
  return md;
}

/** Texts longer than this are parsed chunk by chunk even in a one-off check. */
const CHUNKED_FROM = 64 * 1024;

/**
 * An analyzer for one document that is checked again and again (an editor
 * buffer): it keeps the parsed chunks of the recent versions, so a re-check
 * after an edit parses only the blocks the edit touched. `analyze` returns
 * exactly what the top-level `analyze` returns for the same text and options.
 */
export interface Analyzer {
  analyze(text: string, opts?: CheckOptions): Analysis;
  /** The reading (logical lines) alone, incrementally. */
  parse(text: string): MarkdownDoc;
  /** What the last call re-used and parsed (linesReused: lines whose line-local findings were re-used). */
  readonly stats: IncrementalStats & { linesReused: number };
  /** Drop the cached chunks (e.g. when the document is closed). */
  clear(): void;
}

export function createAnalyzer(options: ChunkOptions = {}): Analyzer {
  const cache = new ChunkCache(options);
  const lineMemo = new LineMemo();
  return {
    analyze: (text, opts = {}) => analyzeMarkdown(timedRead(() => cache.read(text)), opts, lineMemo),
    parse: (text) => cache.read(text),
    get stats() {
      return { ...cache.stats, linesReused: lineMemo.reused };
    },
    clear: () => {
      cache.clear();
      lineMemo.clear();
    },
  };
}

function analyzeMarkdown(md: MarkdownDoc, opts: CheckOptions, lineMemo?: LineMemo): Analysis {
  const text = md.text;
  const lang: Lang = opts.lang ?? 'vi';
  const t = openAccount();
  let tick = t ? performance.now() : 0;
  const model = buildModel(md);
  if (t) tick = charge(t, MODEL_PHASE, tick);
  const internalErrors: Analysis['internalErrors'] = [];
  const summary = { isDocument: model.isDocument || !!opts.force, regime: model.regime, type: model.type?.key, typeName: model.type?.name };
  if (!model.isDocument && !opts.force) return { findings: [], model, summary, internalErrors };

  const raw: RawFinding[] = [];
  const levels = new Map<string, Severity>();
  // Line-local rules go through a session: with an analyzer's memo, their
  // findings on unchanged lines are re-used (./lineMemo).
  const session = lineMemo ? lineMemo.begin(model, opts) : new LineSession(model, undefined, 0);
  let timing: string | undefined; // the rule whose time runs (THETHUC_TIMING)
  for (const rule of RULES) {
    if (t && timing) {
      tick = charge(t, timing, tick);
      timing = undefined;
    }
    const { level, options } = resolveLevel(rule.meta, opts);
    if (level === 'off') continue;
    const regimes = rule.meta.regimes ?? ['hanh-chinh'];
    if (!regimes.includes(model.regime)) continue;
    if (t) timing = rule.meta.id;
    levels.set(rule.meta.id, level);
    const ruleOptions = resolveRuleOptions(rule.meta, options);
    const run = (hooks: ContextHooks | undefined, sink: RawFinding[]): boolean => {
      try {
        rule.check(createContext(model, opts, rule.meta, ruleOptions, sink, hooks));
        return true;
      } catch (e) {
        if (hooks) return false; // run again plainly, which reports it
        internalErrors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
        return false;
      }
    };
    if (!rule.meta.lineLocal) {
      run(undefined, raw);
      continue;
    }
    const lineKey = lineKeyOf(rule, model, opts, ruleOptions);
    try {
      session.runRule(rule, run, raw, lineKey, rule.lineKey);
    } catch (e) {
      internalErrors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (t && timing) tick = charge(t, timing, tick);
  session.end();

  const index = new LineIndex(text, md.lineStarts);
  const kept = applyDirectives(raw, md.directives, index, levels, opts);
  const findings = kept.map((f) => toFinding(f, index, lang, levels));
  findings.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end || a.ruleId.localeCompare(b.ruleId));
  if (t) charge(t, FINDINGS_PHASE, tick);
  return { findings, model, summary, internalErrors };
}

const NO_LINE_KEY = () => '';
/** A line-local rule's own key of a line (`rule.lineKey`), or none. */
function lineKeyOf(rule: Rule, model: DocModel, opts: CheckOptions, options: Record<string, unknown>): (line: Line) => string {
  if (!rule.lineKey) return NO_LINE_KEY;
  const ctx = createContext(model, opts, rule.meta, options, []);
  return (line) => rule.lineKey!(ctx, line);
}

function toFinding(f: RawFinding, index: LineIndex, lang: Lang, levels: Map<string, Severity>): Finding {
  const rule = RULES_BY_ID.get(f.ruleId);
  const configured = levels.get(f.ruleId) ?? rule?.meta.severity ?? 'warning';
  // A per-occurrence severity (e.g. placeholders → information) only lowers.
  const severity = f.severity && rank(f.severity) > rank(configured) ? f.severity : configured;
  const clause = rule ? ` (${localise(rule.meta.clause, lang)})` : '';
  return {
    ruleId: f.ruleId,
    severity,
    message: localise(f.message, lang) + clause,
    range: index.range(f.start, f.end),
    offsets: { start: f.start, end: f.end },
    fixable: !!f.fix,
    fix: f.fix
      ? { title: localise(f.fix.title, lang), edits: f.fix.edits.map((e) => ({ range: index.range(e.start, e.end), newText: e.text })) }
      : undefined,
    docPath: docPath(f.ruleId),
  };
}

function rank(s: Severity): number {
  return { error: 0, warning: 1, information: 2, hint: 3 }[s];
}

/**
 * Honour `<!-- thethuc-disable … -->` comments, and report the ones that
 * suppress nothing (VB-DISABLE-01).
 */
function applyDirectives(raw: RawFinding[], directives: Directive[], index: LineIndex, levels: Map<string, Severity>, opts: CheckOptions): RawFinding[] {
  if (!directives.length) return raw;
  const used = new Set<Directive>();
  const lineOf = (off: number) => index.position(off).line;
  const matches = (d: Directive, id: string) => d.rules.length === 0 || d.rules.some((r) => r.toUpperCase() === id.toUpperCase());
  const kept: RawFinding[] = [];
  // The lines a disable-next-line covers, once per directive (not once per finding).
  const blocks = new Map<Directive, [number, number]>();
  for (const d of directives) if (d.kind === 'disable-next-line') blocks.set(d, nextContentBlock(index, d));
  for (const f of raw) {
    const fl = lineOf(f.start);
    let suppressed = false;
    // disable-file
    for (const d of directives) {
      if (d.kind === 'disable-file' && matches(d, f.ruleId)) {
        suppressed = true;
        used.add(d);
      }
    }
    // next-line / line
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && matches(d, f.ruleId)) {
        const [from, to] = blocks.get(d)!;
        if (fl >= from && fl <= to) {
          suppressed = true;
          used.add(d);
        }
      } else if (d.kind === 'disable-line' && matches(d, f.ruleId) && fl === d.srcLine) {
        suppressed = true;
        used.add(d);
      }
    }
    // disable … enable ranges: the last matching directive before the finding wins.
    let state: Directive | undefined;
    for (const d of directives) {
      if (d.start > f.start) break;
      if ((d.kind === 'disable' || d.kind === 'enable') && matches(d, f.ruleId)) state = d.kind === 'disable' ? d : undefined;
    }
    if (state) {
      suppressed = true;
      used.add(state);
    }
    if (!suppressed) kept.push(f);
  }
  const level = resolveLevel(RULES_BY_ID.get(DISABLE_RULE_ID)!.meta, opts).level;
  if (level !== 'off') {
    levels.set(DISABLE_RULE_ID, level);
    for (const d of directives) {
      if (d.kind === 'enable' || used.has(d)) continue;
      const what = d.rules.length ? d.rules.join(', ') : '*';
      kept.push({
        ruleId: DISABLE_RULE_ID,
        start: d.start,
        end: d.end,
        message: {
          vi: `Chú thích tắt quy tắc không che lỗi nào (${what}): có thể xoá`,
          en: `Disable comment suppresses nothing (${what}): it can be removed`,
        },
        fix: { title: { vi: 'Xoá chú thích thừa', en: 'Remove the unused comment' }, edits: [{ start: d.start, end: d.end, text: '' }] },
      });
    }
  }
  return kept;
}

/**
 * The source lines a disable-next-line comment covers: the next non-blank
 * line, or, when that line starts a pipe table, the whole table (a comment
 * cannot sit between table rows without breaking the table).
 */
function nextContentBlock(index: LineIndex, d: Directive): [number, number] {
  const first = nextContentLine(index, d);
  if (first >= index.lineCount || !/^\s*\|/.test(index.lineText(first))) return [first, first];
  let last = first;
  while (last + 1 < index.lineCount && /^\s*\|/.test(index.lineText(last + 1))) last++;
  return [first, last];
}

function nextContentLine(index: LineIndex, d: Directive): number {
  let line = index.position(d.end).line + 1;
  while (line < index.lineCount && index.lineText(line).trim() === '') line++;
  return line;
}
