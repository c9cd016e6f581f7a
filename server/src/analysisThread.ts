// The server's analysis thread: one worker_threads Worker (dist/analysisWorker.js)
// for heavy documents, started on first use, with a time budget per job. A job
// over budget ends the thread (a pathological document must not hold the CPU
// forever) and is reported as "too complex"; the next job starts a new thread.
// Without the worker bundle (running from sources) jobs run in-process.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, CheckOptions, DocModel } from './engine';
import { analyzeDocument, BudgetExceeded, forgetDocument } from './analysisEngine';
import type { AnalysisRunner, PublishedAnalysis } from './analysisService';
import { withModelMethods } from './engine/model';
import { PackedOffsets, unpackLineOffsets } from './lineTransfer';

export { BudgetExceeded };

/** A message of the thread (analysisWorker.ts): an analysis without its model, a model, or an error. */
type Reply = Partial<Omit<Analysis, 'model'>> & { id: number; model?: DocModel; packed?: PackedOffsets; error?: string };

export class AnalysisThread implements AnalysisRunner {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(m: Reply): void; reject(e: Error): void; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly budgetMs: number,
    private readonly path = join(__dirname, 'analysisWorker.js'),
  ) {}

  get available(): boolean {
    return existsSync(this.path);
  }

  /** The findings now; the model stays on the thread until asked for (`loadModel`). */
  async analyze(uri: string, text: string, options: CheckOptions): Promise<Analysis | PublishedAnalysis> {
    if (!this.available) return analyzeDocument(uri, text, options);
    const w = this.ensure();
    const id = this.nextId++;
    const m = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new BudgetExceeded(`analysis over ${this.budgetMs} ms`));
      }, this.budgetMs);
      this.pending.set(id, { resolve, reject, timer });
      w.postMessage({ kind: 'analyze', id, uri, text, options });
    });
    if (m.error !== undefined || !m.findings || !m.summary) throw new Error(m.error ?? 'analysis failed');
    return { findings: m.findings, summary: m.summary, internalErrors: m.internalErrors ?? [], loadModel: () => this.model(w, uri, id) };
  }

  /** The model of analysis `job` (once; fails when the thread has dropped it or ended). */
  private async model(w: Worker, uri: string, job: number): Promise<DocModel> {
    if (this.worker !== w) throw new Error('analysis thread ended');
    const id = this.nextId++;
    const m = await new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ kind: 'model', id, uri, job });
    });
    if (!m.model || !m.packed) throw new Error(m.error ?? 'no model');
    unpackLineOffsets(m.model.lines, m.packed);
    return withModelMethods(m.model);
  }

  forget(uri: string): void {
    forgetDocument(uri);
    this.worker?.postMessage({ kind: 'forget', uri });
  }

  /** End the thread; pending jobs fail with `reason`. */
  stop(reason: Error = new Error('analysis thread stopped')): void {
    const w = this.worker;
    this.worker = undefined;
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
    if (w) void w.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.path);
    w.unref();
    w.on('message', (m: Reply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      p.resolve(m);
    });
    w.on('error', (e) => {
      if (this.worker === w) this.stop(e instanceof Error ? e : new Error(String(e)));
    });
    w.on('exit', () => {
      if (this.worker === w) this.stop(new Error('analysis thread exited'));
    });
    this.worker = w;
    return w;
  }
}
