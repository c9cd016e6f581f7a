// One analysis per document version, shared by diagnostics, code actions,
// hover, completion, symbols and the status bar.
//
// Scheduling: no fixed debounce. A change starts an analysis at once when the
// document is idle (after the messages already queued are read, so a burst
// coalesces); while one runs, newer versions coalesce into one re-run of the
// latest. A result for a version that is no longer current is dropped, never
// published. Documents above HEAVY_BYTES go to the analysis thread, so the
// main thread keeps answering hover and completion.
//
// Policy, in one place: enable setting, file filter (.thethucignore and
// include/exclude), the size limit, and failures (a failed check replaces the
// stale diagnostics and says so once).

import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CheckOptions, DocModel, Lang } from './engine';
import { localise } from './engine/i18n';
import { analyzeDocument, analyzeText, BudgetExceeded, forgetDocument } from './analysisEngine';
import { MAX_CHECK_BYTES, utf8Length } from './config/limits';

/**
 * Above this many bytes a document is analysed on the analysis thread. A
 * letter (2–10 KB) stays on the main thread: no copy, lowest latency; past
 * 16 KB an analysis takes long enough (tens of ms and up) to delay hover and
 * completion, and the thread's time budget protects the server.
 */
export const HEAVY_BYTES = 16 * 1024;
/** Time budget of one analysis on the analysis thread. */
export const BUDGET_MS = 30000;

export interface Policy {
  /** Checked at all (setting enabled, file not filtered out). */
  enabled: boolean;
  options: CheckOptions;
  lang: Lang;
  maxProblems: number;
  /** Public address of the rule pages (ruleDocs.ts), when configured. */
  ruleDocsUrl?: string;
}

/**
 * An analysis as published: from the analysis thread, the findings come at
 * once and the model (the reading of the document, for hover, completion,
 * symbols and code actions) is fetched on first use (`loadModel`): copying the
 * model of a 1 MB document between threads costs more than its keystroke.
 */
export type PublishedAnalysis = Omit<Analysis, 'model'> & { model?: DocModel; loadModel?: () => Promise<DocModel> };

export type AnalysisResult =
  | { kind: 'ok'; version: number; analysis: PublishedAnalysis; options: CheckOptions; lang: Lang; maxProblems: number; ruleDocsUrl?: string }
  | { kind: 'disabled'; version: number }
  | { kind: 'tooLarge'; version: number; bytes: number; lang: Lang }
  | { kind: 'failed'; version: number; error: string; tooComplex: boolean; lang: Lang };

export interface DocAnalysis {
  doc: TextDocument;
  analysis: Analysis;
  options: CheckOptions;
  lang: Lang;
  /** Public address of the rule pages (ruleDocs.ts), when configured. */
  ruleDocsUrl?: string;
}

export type OkResult = Extract<AnalysisResult, { kind: 'ok' }> & { analysis: Analysis };

/** The analysis with its model, fetched once from the analysis thread when it came without (undefined: it is gone there). */
const loading = new WeakMap<PublishedAnalysis, Promise<DocModel | undefined>>();
async function withModel(a: PublishedAnalysis): Promise<Analysis | undefined> {
  if (a.model) return a as Analysis;
  if (!a.loadModel) return undefined;
  let p = loading.get(a);
  if (!p) {
    p = a.loadModel().then(
      (m) => (a.model = m),
      () => undefined,
    );
    loading.set(a, p);
  }
  return (await p) ? (a as Analysis) : undefined;
}

/** After the messages already queued (Node: setImmediate; a web worker has none). */
const soon: (f: () => void) => void = typeof setImmediate === 'function' ? (f) => void setImmediate(f) : (f) => void setTimeout(f, 0);

/** Where heavy documents are analysed (Node: the analysis thread, analysisThread.ts). */
export interface AnalysisRunner {
  analyze(uri: string, text: string, options: CheckOptions): Promise<Analysis | PublishedAnalysis>;
  forget(uri: string): void;
}

/** No thread (web worker, tests): heavy documents are analysed inline too. */
export const inlineRunner: AnalysisRunner = {
  analyze: (uri, text, options) => Promise.resolve().then(() => analyzeDocument(uri, text, options)),
  forget: (uri) => forgetDocument(uri),
};

export interface ServiceDeps {
  documents: TextDocuments<TextDocument>;
  /** Settings, configuration and filter for a document (computed, no side effects). */
  policy(uri: string): Promise<Policy>;
  /** A new result for the current version of a document. */
  publish(uri: string, result: AnalysisResult): void;
  log(message: string): void;
  /** Runner of heavy analyses; default inline. */
  runner?: AnalysisRunner;
}

interface DocState {
  result?: AnalysisResult;
  /** Settings or configuration changed since `result`: kept for the status bar, not served. */
  outdated: boolean;
  running: boolean;
  scheduled: boolean;
  rerun: boolean;
  waiters: { version: number; resolve(r: AnalysisResult | undefined): void }[];
}

export class AnalysisService {
  private readonly states = new Map<string, DocState>();
  readonly thread: AnalysisRunner;

  constructor(private readonly deps: ServiceDeps) {
    this.thread = deps.runner ?? inlineRunner;
  }

  private state(uri: string): DocState {
    let s = this.states.get(uri);
    if (!s) {
      s = { running: false, outdated: false, scheduled: false, rerun: false, waiters: [] };
      this.states.set(uri, s);
    }
    return s;
  }

  /** A document opened or changed: analyse its latest version. */
  request(uri: string): void {
    const s = this.state(uri);
    if (s.running) {
      s.rerun = true; // coalesce: one re-run of the latest version when this one ends
      return;
    }
    if (s.scheduled) return;
    s.scheduled = true;
    soon(() => {
      s.scheduled = false;
      void this.run(uri);
    });
  }

  /** Settings or configuration changed: every open document again. */
  invalidateAll(): void {
    for (const doc of this.deps.documents.all()) {
      const s = this.states.get(doc.uri);
      if (s) s.outdated = true;
      this.request(doc.uri);
    }
  }

  /** A document closed: forget it entirely (memory stays flat). */
  forget(uri: string): void {
    const s = this.states.get(uri);
    this.states.delete(uri);
    this.thread.forget(uri);
    for (const w of s?.waiters ?? []) w.resolve(undefined);
  }

  /** The latest result of a document, whatever its version (status bar). */
  latest(uri: string): AnalysisResult | undefined {
    return this.states.get(uri)?.result;
  }

  /**
   * The analysis of the document's current version. With `allowStale`, a
   * heavy document still being analysed answers with its previous analysis
   * (hover and completion must not wait seconds). Undefined when the document
   * is unknown, disabled, too large or failed.
   */
  async get(uri: string, o: { allowStale?: boolean } = {}): Promise<DocAnalysis | undefined> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return undefined;
    const s = this.state(uri);
    let r = s.result;
    if (!r || r.version !== doc.version || s.outdated) {
      if (o.allowStale && r?.kind === 'ok' && doc.getText().length > HEAVY_BYTES) return this.view(doc, r);
      r = await new Promise<AnalysisResult | undefined>((resolve) => {
        s.waiters.push({ version: doc.version, resolve });
        this.request(uri);
      });
    }
    const now = this.deps.documents.get(uri);
    return r?.kind === 'ok' && now ? this.view(now, r) : undefined;
  }

  /**
   * The latest result of a document if it is for `version`, with its model
   * (code actions: quick fixes come from the analysis the diagnostics were
   * published from).
   */
  async latestFor(uri: string, version: number): Promise<OkResult | undefined> {
    const r = this.states.get(uri)?.result;
    if (r?.kind !== 'ok' || r.version !== version) return undefined;
    const analysis = await withModel(r.analysis);
    return analysis ? { ...r, analysis } : undefined;
  }

  private async view(doc: TextDocument, r: Extract<AnalysisResult, { kind: 'ok' }>): Promise<DocAnalysis | undefined> {
    const analysis = await withModel(r.analysis);
    return analysis && { doc, analysis, options: r.options, lang: r.lang, ruleDocsUrl: r.ruleDocsUrl };
  }

  private async run(uri: string): Promise<void> {
    const s = this.state(uri);
    s.running = true;
    s.rerun = false;
    try {
      const doc = this.deps.documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const policy = await this.deps.policy(uri);
      if (this.deps.documents.get(uri)?.version !== version) {
        s.rerun = true;
        return;
      }
      const result = await this.compute(uri, doc.getText(), version, policy);
      if (this.states.get(uri) !== s) return; // closed meanwhile
      if (this.deps.documents.get(uri)?.version !== version) {
        s.rerun = true; // stale: dropped, the latest version runs next
        return;
      }
      s.result = result;
      s.outdated = false;
      this.deps.publish(uri, result);
      const waiting = s.waiters;
      s.waiters = [];
      for (const w of waiting) {
        if (w.version <= version) w.resolve(result);
        else s.waiters.push(w);
      }
    } catch (e) {
      this.deps.log(`thethuc: analysis of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      const waiting = s.waiters;
      s.waiters = [];
      for (const w of waiting) w.resolve(undefined); // never leave a request hanging
    } finally {
      s.running = false;
      if ((s.rerun || s.waiters.length) && this.states.get(uri) === s && this.deps.documents.get(uri)) this.request(uri);
    }
  }

  private async compute(uri: string, text: string, version: number, p: Policy): Promise<AnalysisResult> {
    if (!p.enabled) return { kind: 'disabled', version };
    // Cheap bound first: UTF-8 takes at least one byte per UTF-16 unit.
    const bytes = text.length > MAX_CHECK_BYTES ? text.length : utf8Length(text);
    if (bytes > MAX_CHECK_BYTES) return { kind: 'tooLarge', version, bytes, lang: p.lang };
    try {
      const analysis = bytes > HEAVY_BYTES ? await this.thread.analyze(uri, text, p.options) : analyzeDocument(uri, text, p.options);
      for (const ie of analysis.internalErrors) this.deps.log(`thethuc: rule ${ie.ruleId} failed on ${uri}: ${ie.error}`);
      return { kind: 'ok', version, analysis, options: p.options, lang: p.lang, maxProblems: p.maxProblems, ruleDocsUrl: p.ruleDocsUrl };
    } catch (e) {
      this.deps.log(`thethuc: check failed for ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return { kind: 'failed', version, error: e instanceof Error ? e.message : String(e), tooComplex: e instanceof BudgetExceeded, lang: p.lang };
    }
  }

  /**
   * A file that is not open (workspace check): same policy, read safely from
   * disk by `readText` (config/read.ts: regular files only, size-limited,
   * UTF-8; its errors carry `vi`/`en` messages).
   */
  checkFile(path: string, p: Policy, readText: (path: string) => string): AnalysisResult {
    if (!p.enabled) return { kind: 'disabled', version: 0 };
    let text: string;
    try {
      text = readText(path);
    } catch (e) {
      const m = e as { vi?: string; en?: string };
      return { kind: 'failed', version: 0, error: localise({ vi: m.vi ?? '', en: m.en ?? '' }, p.lang) || String(e), tooComplex: false, lang: p.lang };
    }
    try {
      return { kind: 'ok', version: 0, analysis: analyzeText(text, p.options), options: p.options, lang: p.lang, maxProblems: p.maxProblems, ruleDocsUrl: p.ruleDocsUrl };
    } catch (e) {
      return { kind: 'failed', version: 0, error: e instanceof Error ? e.message : String(e), tooComplex: false, lang: p.lang };
    }
  }
}
