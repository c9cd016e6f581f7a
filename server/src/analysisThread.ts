// The server's analysis thread: one worker_threads Worker (dist/analysisWorker.js)
// for heavy documents, started on first use, with a time budget per job. A job
// over budget ends the thread (a pathological document must not hold the CPU
// forever) and is reported as "too complex"; the next job starts a new thread.
// Without the worker bundle (running from sources) jobs run in-process.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, CheckOptions } from './engine';
import { analyzeDocument, BudgetExceeded, forgetDocument } from './analysisEngine';
import type { AnalysisRunner } from './analysisService';
import { withModelMethods } from './engine/model';
import { PackedOffsets, unpackLineOffsets } from './lineTransfer';

export { BudgetExceeded };

export class AnalysisThread implements AnalysisRunner {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void; timer: NodeJS.Timeout }>();

  constructor(
    private readonly budgetMs: number,
    private readonly path = join(__dirname, 'analysisWorker.js'),
  ) {}

  get available(): boolean {
    return existsSync(this.path);
  }

  analyze(uri: string, text: string, options: CheckOptions): Promise<Analysis> {
    if (!this.available) return Promise.resolve().then(() => analyzeDocument(uri, text, options));
    const w = this.ensure();
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new BudgetExceeded(`analysis over ${this.budgetMs} ms`));
      }, this.budgetMs);
      this.pending.set(id, { resolve, reject, timer });
      w.postMessage({ kind: 'analyze', id, uri, text, options });
    });
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
    w.on('message', (m: { id: number; analysis?: Analysis; packed?: PackedOffsets; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.analysis && m.packed) unpackLineOffsets(m.analysis.model.lines, m.packed);
      if (m.analysis) p.resolve({ ...m.analysis, model: withModelMethods(m.analysis.model) });
      else p.reject(new Error(m.error ?? 'analysis failed'));
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
