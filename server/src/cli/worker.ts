// Worker thread of `thethuc check` (bundled to dist/worker.js): receives
// batches of files, returns their results. See pool.ts.

import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../engine';
import { Job, runJob } from './run';

const { options, fix } = workerData as { options: CheckOptions[]; fix: boolean };

parentPort?.on('message', (batch: { i: number; job: Job }[]) => {
  parentPort!.postMessage(batch.map(({ i, job }) => ({ i, r: runJob(job, options, fix) })));
});
