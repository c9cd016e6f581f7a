// Checking many files on all cores: worker_threads (dist/worker.js), the main
// thread hands out small batches and puts the results back in input order.
// Few files, --workers 1, or no worker bundle (running from sources) → in-process.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../engine';
import { Job, JobResult, runJob } from './run';

/** Below this many files, starting threads costs more than it saves. */
export const MIN_PARALLEL_FILES = 24;
const BATCH = 8;

export interface PoolOptions {
  workers: number;
  fix: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Path of the worker bundle (default: worker.js beside this bundle). */
  workerPath?: string;
  /**
   * Sizes of the jobs' files: the largest are handed out first, so a big file
   * met last never leaves one thread working alone at the end. Results stay
   * in input order.
   */
  sizes?: number[];
  /** Filled when given: milliseconds from starting each thread to its first result. */
  stats?: { firstResult: number[] };
}

/** Indices of the jobs, largest file first (stable for equal sizes). */
export function dispatchOrder(n: number, sizes?: number[]): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (sizes) order.sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  return order;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function runJobs(jobs: Job[], options: CheckOptions[], o: PoolOptions): Promise<JobResult[]> {
  const workerPath = o.workerPath ?? join(__dirname, 'worker.js');
  const n = Math.min(o.workers, Math.ceil(jobs.length / BATCH));
  const order = dispatchOrder(jobs.length, o.sizes);
  if (o.workers <= 1 || jobs.length < MIN_PARALLEL_FILES || n <= 1 || !existsSync(workerPath)) {
    const out: JobResult[] = new Array(jobs.length);
    order.forEach((i, k) => {
      out[i] = runJob(jobs[i], options, o.fix);
      o.onProgress?.(k + 1, jobs.length, jobs[i].file);
    });
    return out;
  }
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise<JobResult[]>((resolveAll, rejectAll) => {
    // The main thread is one of the n checkers: n - 1 threads are started.
    // Measured (THETHUC_TIMING=1): each thread pays the bundle load and the
    // engine's JIT warm-up before its first result, while a main thread that
    // only waits leaves a core idle; on 2 cores, main + 1 thread does the
    // work of 2 threads with one start-up less.
    const threads = n - 1;
    let alive = threads + 1;
    const workers: Worker[] = [];
    const finish = () => {
      if (--alive === 0) {
        for (const w of workers) void w.terminate();
        resolveAll(results);
      }
    };
    const mainBatch = () => {
      if (next >= jobs.length) {
        finish();
        return;
      }
      const ids: number[] = [];
      while (ids.length < BATCH && next < jobs.length) ids.push(order[next++]);
      for (const i of ids) {
        results[i] = runJob(jobs[i], options, o.fix);
        done++;
        o.onProgress?.(done, jobs.length, jobs[i].file);
      }
      setImmediate(mainBatch); // let the threads' results in between batches
    };
    for (let k = 0; k < threads; k++) {
      const started = performance.now();
      let first = true;
      const w = new Worker(workerPath, { workerData: { options, fix: o.fix } });
      workers.push(w);
      // Two batches in flight per thread, so a thread never waits for the
      // main thread between batches.
      const pending = new Set<number>();
      let closed = false;
      const close = () => {
        if (!closed) {
          closed = true;
          finish();
        }
      };
      const feed = () => {
        if (next >= jobs.length) {
          if (pending.size === 0) close();
          return;
        }
        const ids: number[] = [];
        while (ids.length < BATCH && next < jobs.length) ids.push(order[next++]);
        for (const i of ids) pending.add(i);
        w.postMessage(ids.map((i) => ({ i, job: jobs[i] })));
      };
      w.on('message', (msg: { i: number; r: JobResult }[]) => {
        if (first && o.stats) o.stats.firstResult.push(performance.now() - started);
        first = false;
        for (const { i, r } of msg) {
          results[i] = r;
          pending.delete(i);
          done++;
          o.onProgress?.(done, jobs.length, r.file);
        }
        feed();
      });
      w.on('error', (e) => {
        // A crashed thread: do its batches here and let the others go on.
        try {
          for (const i of pending) {
            results[i] = runJob(jobs[i], options, o.fix);
            done++;
          }
          pending.clear();
          close();
        } catch {
          rejectAll(e);
        }
      });
      feed();
      feed();
    }
    setImmediate(mainBatch);
  });
}
