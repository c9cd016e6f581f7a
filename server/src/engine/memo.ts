// A per-analysis memo: what several rules derive from the same lines (the
// lower-case fold of a line, a rule group's list of lines, dates, căn cứ
// items, labels…) is computed once per analysis, not once per rule.
//
// One memo belongs to one document model (`memoFor(model)`, also exposed to
// rules as `ctx.memo`); a new analysis builds a new model, so nothing leaks
// from one version of a text to the next, and a memo dies with its model.

import type { Line } from './markdown';
import type { DocModel } from './model';

export class AnalysisMemo {
  private readonly lines: readonly Line[];
  private lowerFolds: (string | undefined)[] = [];
  private otherLowerFolds?: WeakMap<Line, string>;
  private values = new Map<unknown, unknown>();

  constructor(model: DocModel) {
    this.lines = model.lines;
  }

  /** `line.fold` in lower case (same length as `line.text`): what the phrase patterns match. */
  lowerFold(line: Line): string {
    // Lines of the model by index; joined lines (several source lines read as
    // one) are other objects with the first line's index: by identity.
    if (this.lines[line.i] === line) return (this.lowerFolds[line.i] ??= line.fold.toLowerCase());
    const other = (this.otherLowerFolds ??= new WeakMap());
    let lf = other.get(line);
    if (lf === undefined) other.set(line, (lf = line.fold.toLowerCase()));
    return lf;
  }

  /**
   * A value derived from the model, computed on first use. `key` identifies
   * the derivation (a module-level object or function is a collision-free key).
   */
  get<T>(key: unknown, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const v = make();
    this.values.set(key, v);
    return v;
  }
}

const memos = new WeakMap<DocModel, AnalysisMemo>();

/** The memo of an analysis (of its model). */
export function memoFor(model: DocModel): AnalysisMemo {
  let m = memos.get(model);
  if (!m) memos.set(model, (m = new AnalysisMemo(model)));
  return m;
}
