// Opt-in time accounting of analyses, by phase and by rule (like ESLint's
// TIMING=1): `THETHUC_TIMING=1 thethuc check …` and `npm run bench` print it.
// Off unless a caller opens an account; the findings never depend on it.
//
// A rule's time includes whatever shared reading it is the first to ask for
// (dates, citations, căn cứ items… are computed on first use and memoised),
// so per-rule figures say where the time goes, not what a rule would cost alone.

/** Milliseconds by phase ("đọc/read", "mô hình/model", "kết quả/findings") and by rule id. */
export type Timings = Record<string, number>;

export const READ_PHASE = '(read)';
export const MODEL_PHASE = '(model)';
export const FINDINGS_PHASE = '(findings)';

let account: Timings | undefined;

/** Run `fn` with an account open: the analyses it makes add their times to it. */
export function timed<T>(fn: () => T, into: Timings = {}): { result: T; timings: Timings } {
  const outer = account;
  account = into;
  try {
    return { result: fn(), timings: into };
  } finally {
    account = outer;
  }
}

/** The open account, if any (read once per analysis). */
export function openAccount(): Timings | undefined {
  return account;
}

/** Add the time since `since` to `phase` of `t`; returns now. */
export function charge(t: Timings, phase: string, since: number): number {
  const now = performance.now();
  t[phase] = (t[phase] ?? 0) + (now - since);
  return now;
}

/** Sum accounts (from several files or threads) into `into`. */
export function addTimings(into: Timings, t: Timings | undefined): Timings {
  if (t) for (const k of Object.keys(t)) into[k] = (into[k] ?? 0) + t[k];
  return into;
}

/** The heaviest entries, heaviest first, with their share of the total. */
export function topTimings(t: Timings, n = 10): { name: string; ms: number; share: number }[] {
  const total = Object.values(t).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(t)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: ms / total }));
}
