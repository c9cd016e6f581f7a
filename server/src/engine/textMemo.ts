// Memos of functions of a line's text alone, kept across analyses.
//
// Structural rules and recognisers test every line of a document against a
// pattern to find the few lines they care about (a copy form, an acronym, a
// line in capitals). After a keystroke in a long document nearly every line
// has the same text as before — the same string object, as readings of
// unchanged chunks are re-used (incremental.ts) — so the answer is looked up
// instead of computed: a Map lookup with the string's cached hash.
//
// Only for pure functions of the string (no flags, offsets or neighbours):
// then a remembered answer is the answer. The memo is bounded: two
// generations of at most `max` entries each; when the young one is full it
// becomes the old one and the previous old one is dropped (an entry found in
// the old one moves to the young one), so the texts of the current version of
// a document stay while those of versions long gone go.

const NONE = Symbol('none');

export class TextMemo<T> {
  private young = new Map<string, T | typeof NONE>();
  private old = new Map<string, T | typeof NONE>();
  constructor(private readonly max = 1 << 15) {}

  get(s: string, make: (s: string) => T): T {
    let v = this.young.get(s);
    if (v === undefined) {
      v = this.old.get(s);
      if (v === undefined) {
        const r = make(s);
        v = r === undefined ? NONE : r;
      }
      if (this.young.size >= this.max) {
        this.old = this.young;
        this.young = new Map();
      }
      this.young.set(s, v);
    }
    return (v === NONE ? undefined : v) as T;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/** `fn` memoised by its argument (a line's text). */
export function memoByText<T>(fn: (s: string) => T, max?: number): (s: string) => T {
  const memo = new TextMemo<T>(max);
  return (s) => memo.get(s, fn);
}
