// Running the CLI in the tests: `node dist/cli.js …` in a child process (the
// bundle exactly as users run it), or its `main` in this process (no process
// start per case) with the same observable result. `run` picks: cases that
// need the process itself spawn it (worker threads), and so does every
// SPAWNED-th other case of the run, so the bundle keeps running all kinds of
// cases. Standard input is given in-process as file descriptor 0 (what the CLI
// reads); a test about the pipe itself (size cap, a real process's stdin)
// calls `spawnRun`. The bundle is built once per run (build-once.ts).

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { main } from '../../../server/src/cli/main';
import { ROOT } from '../build-once';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/** `node dist/cli.js …` in a child process: the bundle exactly as users run it. */
export function spawnRun(args: string[], cwd: string, input?: string | Buffer, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// The `fs` module object itself (the CLI's `readSync` reads its property at
// each call), not an import namespace, whose bindings cannot be replaced.
const fs = createRequire(__filename)('node:fs') as typeof import('node:fs');

/**
 * While `fn` runs, reads of file descriptor 0 (standard input, read by the CLI
 * with `readSync(0, …)`) get `input` and then end of file.
 */
async function withStdin<T>(input: string | Buffer, fn: () => Promise<T>): Promise<T> {
  const data = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let at = 0;
  const real = fs.readSync;
  fs.readSync = ((fd: number, buffer: NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    if (fd !== 0) return (real as (...a: unknown[]) => number)(fd, buffer, ...rest);
    const offset = typeof rest[0] === 'number' ? rest[0] : 0;
    const length = typeof rest[1] === 'number' ? rest[1] : buffer.byteLength - offset;
    const n = Math.min(length, data.length - at);
    data.copy(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), offset, at, at + n);
    at += n;
    return n;
  }) as typeof fs.readSync;
  try {
    return await fn();
  } finally {
    fs.readSync = real;
  }
}

/**
 * The CLI's `main` in this process (no process start per case), with its
 * output captured, `cwd` as the working folder, NO_COLOR set, no terminal and
 * `input` (if given) as standard input. Cases that need the process itself go
 * to `spawnRun`: worker threads (the worker bundle), and every SPAWNED-th
 * case, so the bundle keeps running all kinds of cases.
 */
async function inProcess(args: string[], cwd: string, env: Record<string, string>, input?: string | Buffer): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { cwd: process.cwd(), out: process.stdout.write, err: process.stderr.write, outTTY: process.stdout.isTTY, errTTY: process.stderr.isTTY };
  const savedEnv = Object.fromEntries(Object.keys({ NO_COLOR: '', ...env }).map((k) => [k, process.env[k]]));
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const cb = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof process.stdout.write;
  Object.assign(process.env, { NO_COLOR: '1', ...env });
  process.chdir(cwd);
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.stdout.isTTY = false;
  process.stderr.isTTY = false;
  let code: number;
  try {
    code = await (input === undefined ? main(args) : withStdin(input, () => main(args)));
  } catch (e) {
    err.push(`thethuc: lỗi nội bộ / internal error: ${(e as Error).message}\n`);
    code = 2;
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.stdout.isTTY = saved.outTTY;
    process.stderr.isTTY = saved.errTTY;
    process.chdir(saved.cwd);
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Every SPAWNED-th in-process-capable case still runs the bundle in a child process. */
const SPAWNED = 10;
let cases = 0;

/** Worker threads asked for (`--workers n` or `-j n`, n ≥ 2): they load the worker bundle beside dist/cli.js. */
function threads(args: string[]): boolean {
  return args.some((a, i) => {
    const m = /^(?:--workers|-j)(?:=(.*))?$/.exec(a);
    return !!m && Number(m[1] ?? args[i + 1]) >= 2;
  });
}

export async function run(args: string[], cwd: string, input?: string | Buffer, env: Record<string, string> = {}): Promise<Run> {
  if (threads(args) || ++cases % SPAWNED === 0) return spawnRun(args, cwd, input, env);
  return inProcess(args, cwd, env, input);
}
