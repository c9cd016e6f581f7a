// Findings of line-local rules, remembered per line across the versions of
// one document (an editor buffer): after a keystroke only the lines that
// changed are checked again by these rules.
//
// A rule declares `meta.lineLocal` when what it reports on a line depends only
// on that line and the settings (see RuleMeta.lineLocal); it visits lines
// through `ctx.lines(candidates)`, which leaves out the lines whose findings
// are known, and reports with `line`. What a line is, for the memo:
// - its text, and its characters' source offsets relative to its start;
// - its source lines, whole, with the line break on each side (whatever a
//   rule or a fix looks at around a character: inline code backticks,
//   combining marks, markup between letters);
// - its flags (bold, italic, heading, indent, blankBefore, table row/column);
// - the rule's own `lineKey(ctx, line)` (e.g. a quotation opened earlier);
// a line read from a cached chunk (incremental.ts originOf) is keyed by the
// chunk reading's line instead, which stands for all of the first three but
// the line break before the chunk, checked apart;
// and, for the whole memo, the settings, the regime and the document type: a
// change there forgets everything. Findings are kept relative to the line's
// start and moved to its new place.
//
// Order: with a memo, a rule's findings come line by line, each line's in the
// order reported; without one (a one-off check), in the order reported. The
// engine sorts findings by start, end and rule, stably: only findings of one
// rule with the same range keep their order, and those are on one line, in
// the order reported either way. So a re-check gives exactly what a full
// check gives. A rule that breaks the contract (a finding without its line,
// on a line it did not ask for, or reaching outside its source lines) is run
// again plainly, without the memo; in strict mode (tests) that is an internal
// error, in one-off checks too (outside strict mode they run rules plainly).

import type { Line } from './markdown';
import type { DocModel } from './model';
import { ContextHooks, isStrictFixes, Rule, ReportInput } from './rule';
import { originOf } from './incremental';
import type { CheckOptions, Fix, RawFinding } from './types';

/** A finding relative to its line's start. */
interface Kept {
  ruleId: string;
  start: number;
  end: number;
  message: RawFinding['message'];
  severity: RawFinding['severity'];
  fix?: Fix;
}

interface Entry {
  /** Keyed by a chunk reading's line (originOf): the character before the chunk. */
  before?: number;
  text: string;
  /** starts[k] - line.start, then ends[k] - line.start. */
  offsets: Int32Array;
  /** Per rule (LineMemo.slot): [the rule's line key, findings]. */
  results: ([string, Kept[]] | undefined)[];
  /** Bit `slot` (slots below 32): the rule found nothing on the line, with an empty line key. */
  none: number;
  used: number;
}

const NONE: Kept[] = [];
const NO_OFFSETS = new Int32Array(0);

/** The memo of one document (an Analyzer's). */
export class LineMemo {
  private entries = new Map<string, Entry>();
  private settingsKey = '';
  private generation = 0;
  private slots = new Map<string, number>();
  /** Entries of lines read from cached chunks, by the chunk reading's line (they go when the chunk leaves the cache). */
  private byOrigin = new WeakMap<Line, Entry>();
  /** Lines whose findings were taken from the memo, by the last analysis (tests, bench). */
  reused = 0;

  clear(): void {
    this.entries.clear();
    this.byOrigin = new WeakMap();
    this.settingsKey = '';
  }

  /** Start an analysis of `model`. */
  begin(model: DocModel, opts: CheckOptions): LineSession {
    const key = settingsKey(model, opts);
    if (key !== this.settingsKey) {
      this.entries.clear();
      this.byOrigin = new WeakMap();
      this.settingsKey = key;
    }
    this.reused = 0;
    return new LineSession(model, this, ++this.generation);
  }

  /** @internal A small index per rule, for Entry.results. */
  slot(ruleId: string): number {
    let k = this.slots.get(ruleId);
    if (k === undefined) this.slots.set(ruleId, (k = this.slots.size));
    return k;
  }
  /** @internal */
  lookup(key: string | Line): Entry | undefined {
    return typeof key === 'string' ? this.entries.get(key) : this.byOrigin.get(key);
  }
  /** @internal */
  store(key: string | Line, e: Entry): void {
    if (typeof key === 'string') this.entries.set(key, e);
    else this.byOrigin.set(key, e);
  }

  /** After an analysis: forget the lines of versions before the last two. */
  end(lineCount: number, gen: number): void {
    if (this.entries.size <= 2 * lineCount + 256) return;
    for (const [k, e] of this.entries) if (e.used < gen - 1) this.entries.delete(k);
  }
}

function settingsKey(model: DocModel, opts: CheckOptions): string {
  const { lang: _lang, ...rest } = opts;
  return `${model.regime}\u0000${model.type?.key ?? ''}\u0000${JSON.stringify(rest)}`;
}

/** Where a line stands in the memo, for one analysis. */
interface LineState {
  line: Line;
  /** The memo key: a chunk reading's line (with `before`), or a string. */
  key: string | Line;
  before?: number;
  /** The memo's entry for this line (matching text and offsets), if any. */
  entry?: Entry;
  /** Source window [from, to): the line's source lines with a break on each side. */
  from: number;
  to: number;
  /** The last rule key computed for the line, and the function that computed it. */
  keyFn?: unknown;
  rk?: string;
  /** The rule run that last asked for the line, and what it does with it. */
  run?: number;
  visit?: Visit;
}

interface ListInfo {
  /** Entry.none of each line (0: unknown), and the entry. */
  none: Int32Array;
  entries: (Entry | undefined)[];
  /** By key function: each line's key (lines with an entry). */
  keys: Map<unknown, (string | undefined)[]>;
}

/** The entry says the rule in `slot` found nothing on the line, under this line key. */
function knownNone(e: Entry | undefined, slot: number, key: string | undefined): boolean {
  const r = e?.results[slot];
  return r !== undefined && r[1] === NONE && r[0] === key;
}

/** The key function of rules without `lineKey`: every line's key is empty. */
const NO_KEY = {};

interface Visit {
  rk: string;
  /** The findings known for the line. */
  hit?: Kept[];
  /** The findings of this run. */
  found?: RawFinding[];
}

/** One analysis: runs the line-local rules, with the memo when there is one. */
export class LineSession {
  /** States of the model's lines, by index; of other line objects (a rule's own), by identity. */
  private byIndex: (LineState | undefined)[] = [];
  private states = new Map<Line, LineState>();
  private lists = new Map<readonly Line[], ListInfo>();
  private runs = 0;
  constructor(
    private readonly model: DocModel,
    private readonly memo: LineMemo | undefined,
    private readonly gen: number,
  ) {}

  /** Lines taken from the memo in this analysis. */
  reused = 0;

  /** A new state (every field set here, so that all states share one shape: a hot loop reads them per rule and line). */
  private fresh(line: Line): LineState {
    return { line, key: '', before: undefined, entry: undefined, from: -1, to: -1, keyFn: undefined, rk: undefined, run: 0, visit: undefined };
  }

  /** The line's source lines, with the line break on each side (computed on first use). */
  private window(st: LineState): LineState {
    if (st.from >= 0) return st;
    const text = this.model.md.text;
    const line = st.line;
    let from = line.start;
    while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
    if (from > 0) from--;
    let to = Math.max(line.end, line.start);
    while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
    if (to < text.length) to++;
    st.from = from;
    st.to = to;
    return st;
  }

  /** The state of a line already asked for in this analysis. */
  private known(line: Line): LineState | undefined {
    const st = this.byIndex[line.i];
    return st !== undefined && st.line === line ? st : this.states.get(line);
  }

  private state(line: Line): LineState {
    let st = this.known(line);
    if (st) return st;
    st = this.fresh(line);
    // The model's own lines by index (no hashing); any other line object by identity.
    if (this.model.lines[line.i] === line) this.byIndex[line.i] = st;
    else this.states.set(line, st);
    if (!this.memo) return st;
    const text = this.model.md.text;
    const origin = originOf(line);
    if (origin) {
      // Text, offsets, flags and source lines are the chunk reading's; only the break before the chunk is not.
      st.key = origin;
      const chunkStart = line.start - origin.start;
      st.before = chunkStart > 0 ? text.charCodeAt(chunkStart - 1) : -1;
      const e = this.memo.lookup(origin);
      if (e && e.before === st.before) st.entry = e;
      return st;
    }
    const { from, to } = this.window(st);
    const c = line.cell;
    st.key = `${line.bold ? 1 : 0}${line.italic ? 1 : 0}${line.heading}|${line.indent}|${line.blankBefore ? 1 : 0}|${c ? `${c.row},${c.col}` : '-'}|${line.start - from}\u0000${text.slice(from, to)}`;
    const e = this.memo?.lookup(st.key);
    if (e && e.text === line.text && sameOffsets(e.offsets, line)) st.entry = e;
    return st;
  }

  /**
   * Run a line-local rule. `run(hooks)` runs its check with a context made
   * with these hooks (or a plain one when hooks is undefined) and returns
   * false when it threw; `sink` receives its findings.
   */
  runRule(rule: Rule, makeRun: (hooks: ContextHooks | undefined, sink: RawFinding[]) => boolean, sink: RawFinding[], lineKey: (line: Line) => string, keyFn?: unknown): void {
    // A one-off check has nothing to re-use: a plain run (watched in strict mode).
    if (!this.memo && !isStrictFixes()) {
      makeRun(undefined, sink);
      return;
    }
    const slot = this.memo?.slot(rule.meta.id) ?? 0;
    const bit = this.memo && slot < 32 ? 1 << slot : 0;
    const run = ++this.runs;
    // Lines asked for, in first-asked order, except those known to have no finding.
    const visited: Line[] = [];
    // A rule asks again for the same list (one scan per pattern): answered once.
    const answered = new Map<readonly Line[], Line[]>();
    let broken = false;
    const hooks: ContextHooks = {
      lines: (candidates) => {
        const known = answered.get(candidates);
        if (known) return known;
        const list = this.listOf(candidates);
        // Lines known to have no finding for this rule (with the same line key) are passed over without a look at their state.
        const keys = keyFn === undefined ? undefined : this.keys(list, candidates, keyFn, lineKey);
        const out: Line[] = [];
        for (let k = 0; k < candidates.length; k++) {
          if (keys === undefined ? (list.none[k] & bit) !== 0 : knownNone(list.entries[k], slot, keys[k])) {
            this.reused++;
            continue;
          }
          const st = this.state(candidates[k]);
          if (st.run !== run) {
            st.run = run;
            st.visit = this.visit(st, slot, candidates[k], lineKey, keyFn ?? NO_KEY);
            if (st.visit) visited.push(candidates[k]);
          }
          if (st.visit && !st.visit.hit) out.push(candidates[k]);
        }
        answered.set(candidates, out);
        return out;
      },
      reported: (r: ReportInput, f: RawFinding) => {
        const st = r.line ? this.known(r.line) : undefined;
        const v = st?.run === run ? st.visit : undefined;
        if (!st || !v || v.hit || !inside(f, this.window(st))) broken = true;
        else (v.found ??= []).push(f);
      },
    };
    const scratch: RawFinding[] = [];
    const ok = makeRun(hooks, scratch);
    if (broken || !ok) {
      // Not line-local after all (or it threw): a plain run, nothing kept.
      if (broken && ok && isStrictFixes()) throw new Error(`${rule.meta.id} is marked lineLocal but reported outside the lines it asked for`);
      makeRun(undefined, sink);
      return;
    }
    for (const line of visited) {
      const st = this.known(line)!;
      const v = st.visit!;
      if (v.hit) {
        this.reused++;
        for (const k of v.hit) sink.push(rebase(k, line.start));
        continue;
      }
      if (v.found) sink.push(...v.found);
      if (!this.memo) continue;
      let e = st.entry;
      if (!e) {
        e = typeof st.key === 'string' ? { text: line.text, offsets: offsetsOf(line), results: [], none: 0, used: this.gen } : { before: st.before, text: '', offsets: NO_OFFSETS, results: [], none: 0, used: this.gen };
        st.entry = e;
        this.memo.store(st.key, e);
      }
      e.results[slot] = [v.rk, v.found ? v.found.map((f) => keep(f, line.start)) : NONE];
      if (slot < 32) e.none = !v.found && v.rk === '' ? e.none | (1 << slot) : e.none & ~(1 << slot);
    }
  }

  /** What a rule run does with a line: re-use (hit), check (no hit); undefined when known to have no finding. */
  private visit(st: LineState, slot: number, line: Line, lineKey: (line: Line) => string, keyFn: unknown): Visit | undefined {
    if (!this.memo) return { rk: '' };
    // Rules that share a key function share the line's key.
    if (st.keyFn !== keyFn) {
      st.keyFn = keyFn;
      st.rk = lineKey(line);
    }
    const rk = st.rk!;
    const r = st.entry?.results[slot];
    const hit = r && r[0] === rk ? r[1] : undefined;
    if (hit === NONE) {
      this.reused++;
      return undefined;
    }
    return { rk, hit };
  }

  /**
   * What the memo knows of a list of lines (lists are asked for again by each
   * rule: once per analysis): per line, the rules that found nothing on it
   * (Entry.none), in one typed array the rules' loops read.
   */
  private listOf(candidates: readonly Line[]): ListInfo {
    let li = this.lists.get(candidates);
    if (!li || li.none.length !== candidates.length) {
      const none = new Int32Array(candidates.length);
      const entries = new Array<Entry | undefined>(candidates.length);
      for (let k = 0; k < candidates.length; k++) {
        const e = this.entryOf(candidates[k]);
        entries[k] = e;
        none[k] = e?.none ?? 0;
      }
      li = { none, entries, keys: new Map() };
      this.lists.set(candidates, li);
    }
    return li;
  }

  /** The line keys of `keyFn` of a list's lines that have an entry (computed once per list and key function). */
  private keys(li: ListInfo, candidates: readonly Line[], keyFn: unknown, lineKey: (line: Line) => string): (string | undefined)[] {
    let keys = li.keys.get(keyFn);
    if (!keys) {
      keys = new Array<string | undefined>(candidates.length);
      for (let k = 0; k < candidates.length; k++) if (li.entries[k]) keys[k] = lineKey(candidates[k]);
      li.keys.set(keyFn, keys);
    }
    return keys;
  }

  /** The memo's entry for a line read from a cached chunk (others: undefined, their state finds it). */
  private entryOf(line: Line): Entry | undefined {
    const st = this.known(line);
    if (st) return st.entry;
    const origin = this.memo && originOf(line);
    if (!origin) return undefined;
    const e = this.memo!.lookup(origin);
    const chunkStart = line.start - origin.start;
    return e && e.before === (chunkStart > 0 ? this.model.md.text.charCodeAt(chunkStart - 1) : -1) ? e : undefined;
  }

  end(): void {
    if (!this.memo) return;
    // Indexed loop and forEach: called once per analysis (baseline code, where for…of allocates a result per step).
    const byIndex = this.byIndex;
    for (let k = 0; k < byIndex.length; k++) {
      const st = byIndex[k];
      if (st?.entry) st.entry.used = this.gen;
    }
    this.states.forEach((st) => {
      if (st.entry) st.entry.used = this.gen;
    });
    this.memo.reused = this.reused;
    this.memo.end(this.model.lines.length, this.gen);
  }
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function sameOffsets(o: Int32Array, line: Line): boolean {
  const n = line.starts.length;
  if (o.length !== 2 * n) return false;
  const s = line.start;
  for (let k = 0; k < n; k++) if (o[k] !== line.starts[k] - s || o[n + k] !== line.ends[k] - s) return false;
  return true;
}

function offsetsOf(line: Line): Int32Array {
  const n = line.starts.length;
  const o = new Int32Array(2 * n);
  for (let k = 0; k < n; k++) {
    o[k] = line.starts[k] - line.start;
    o[n + k] = line.ends[k] - line.start;
  }
  return o;
}

/** The finding and its fix lie inside the line's source window. */
function inside(f: RawFinding, st: LineState): boolean {
  const ok = (a: number, b: number) => a >= st.from && b <= st.to;
  return ok(f.start, f.end) && (!f.fix || f.fix.edits.every((e) => ok(e.start, e.end)));
}

function keep(f: RawFinding, base: number): Kept {
  return {
    ruleId: f.ruleId,
    start: f.start - base,
    end: f.end - base,
    message: f.message,
    severity: f.severity,
    fix: f.fix ? { title: f.fix.title, edits: f.fix.edits.map((e) => ({ start: e.start - base, end: e.end - base, text: e.text })) } : undefined,
  };
}

function rebase(k: Kept, base: number): RawFinding {
  return {
    ruleId: k.ruleId,
    start: k.start + base,
    end: k.end + base,
    message: k.message,
    fix: k.fix ? { title: k.fix.title, edits: k.fix.edits.map((e) => ({ start: e.start + base, end: e.end + base, text: e.text })) } : undefined,
    severity: k.severity,
  };
}
