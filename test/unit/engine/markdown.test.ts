// The Markdown reader under adversarial input: deep nesting, long runs, lone
// CR. Each shape must complete with a sane reading (no timing assertions: the
// growth is measured by `npm run bench`). The linear scanners must match the
// regular expressions they replace.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../../server/src/engine';
import { plainLines } from './incremental-props';
import { bracketedSpans, codeTicks, combineComplexity, complexityOf, htmlLineMarkers, htmlTags, markdownComplexity, MdNode, parseMarkdown, readChunk } from '../../../server/src/engine/markdown';
import { chunkStarts } from '../../../server/src/engine/incremental';
import { LineIndex } from '../../../server/src/engine/positions';
import { TODAY } from '../helpers';

const HEAD = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n';

function completes(text: string): ReturnType<typeof analyze> {
  const a = analyze(text, { today: TODAY });
  assert.deepEqual(a.internalErrors, []);
  assert.ok(a.model.md.lines.length > 0);
  // The incremental reader agrees.
  assert.deepEqual(plainLines(createAnalyzer().parse(text).lines), plainLines(a.model.md.lines));
  return a;
}

describe('engine: Markdown reader robustness', function () {
  this.timeout(120_000);

  it('emphasis nested 5,000 levels (10 KB): read as plain text, no stack overflow', () => {
    const a = completes(HEAD + '*'.repeat(5000) + 'x' + '*'.repeat(5000) + '\n');
    assert.ok(a.model.md.tooComplex);
    assert.match(a.model.md.tooComplex!.en, /unclosed emphasis/);
  });

  it('20,000 unclosed "[" on a line: read as plain text; 400 are parsed, closed ones never count', () => {
    const a = completes(HEAD + 'Nội dung ' + '['.repeat(20000) + '\n');
    assert.ok(a.model.md.tooComplex);
    assert.match(a.model.md.tooComplex!.en, /unclosed brackets/);
    assert.equal(markdownComplexity('a ' + '['.repeat(400) + '\n'), undefined);
    assert.ok(markdownComplexity('a ' + '['.repeat(401) + '\n'));
    assert.equal(markdownComplexity('[x](u) '.repeat(2000) + '\\['.repeat(500) + '\n'), undefined);
    // A blank line closes the block: the count starts again.
    assert.equal(markdownComplexity(('['.repeat(300) + '\n\n').repeat(5)), undefined);
  });

  it('the limits read chunk by chunk (incremental reading) give what the whole text gives', () => {
    const whole = (t: string) => markdownComplexity(t);
    const byChunk = (t: string) => {
      const b = [...chunkStarts(t), t.length];
      return combineComplexity(b.slice(0, -1).map((s, k) => complexityOf(t.slice(s, b[k + 1]))));
    };
    // A chunk starts at a letter after a blank line; each of these adds 99² to the nesting work (limit 1,000,000).
    const deep = (levels: number) => 'Mục x\n' + '> '.repeat(levels) + 'x\n\n';
    const brackets = 'a ' + '['.repeat(401) + '\n';
    const cases = [
      deep(99).repeat(100),
      deep(99).repeat(103),
      // The work crosses the limit on the first line of a chunk that exceeds another limit further down: the work is named.
      deep(99).repeat(102) + 'Mục x\n' + '> '.repeat(99) + 'x\n' + brackets,
      // The other limit comes first in the chunk.
      deep(99).repeat(102) + 'Mục ' + brackets + '> '.repeat(99) + 'x\n',
      deep(99).repeat(60) + brackets,
      deep(101),
      ('Đoạn *' + '*a '.repeat(150) + '\n\n').repeat(4) + 'b ' + '*a '.repeat(401) + '\n',
    ];
    for (const t of cases) assert.deepEqual(byChunk(t), whole(t), t.slice(0, 40));
    assert.equal(whole(cases[0]), undefined);
    assert.match(whole(cases[1])!.en, /nested too deeply/);
    assert.match(whole(cases[2])!.en, /nested too deeply/);
    assert.match(whole(cases[3])!.en, /unclosed brackets/);
    assert.match(whole(cases[5])!.en, /nesting levels on one line/);
    assert.match(whole(cases[6])!.en, /unclosed emphasis/);
    assert.ok(chunkStarts(cases[1]).length > 100, 'the case is read in many chunks');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Nội dung', '> ', '- ', '1. ', '[', ']', '*', '_', ' ', '\n', '\n\n', '\r\n', 'x', '\\['), { maxLength: 200 }), (parts) => {
        const t = parts.join('');
        assert.deepEqual(byChunk(t), whole(t));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('emphasis nested 301 levels is parsed: the line reads "x", bold and italic', () => {
    const md = parseMarkdown(HEAD + '*'.repeat(301) + 'x' + '*'.repeat(301) + '\n');
    assert.equal(md.tooComplex, undefined);
    const x = md.lines[md.lines.length - 1];
    assert.equal(x.text, 'x');
    assert.ok(x.bold && x.italic);
  });

  it('block quotes nested 3,000 levels and "- " × 2,000 complete', () => {
    assert.ok(completes(HEAD + '>'.repeat(3000) + ' x\n').model.md.tooComplex);
    assert.ok(completes(HEAD + '- '.repeat(2000) + 'x\n').model.md.tooComplex);
    // 50 levels of quotes are parsed: the markers are not text.
    const md = parseMarkdown(HEAD + '> '.repeat(50) + 'x\n');
    assert.equal(md.tooComplex, undefined);
    assert.equal(md.lines[md.lines.length - 1].text, 'x');
  });

  it('indented lists 200 and 800 levels deep complete', () => {
    for (const depth of [200, 800]) {
      const text = HEAD + Array.from({ length: depth }, (_, i) => ' '.repeat(i * 2) + '- mục').join('\n') + '\n';
      const a = completes(text);
      assert.ok(a.model.md.tooComplex, `depth ${depth}`);
    }
    // 20 levels are parsed normally.
    const md = parseMarkdown(HEAD + Array.from({ length: 20 }, (_, i) => ' '.repeat(i * 2) + '- mục').join('\n') + '\n');
    assert.equal(md.tooComplex, undefined);
  });

  it('a letter is never "too complex"', () => {
    assert.equal(markdownComplexity(HEAD + '**Điều 1.** Nội dung *nghiêng* và **đậm**.\n\n- a\n  - b\n    - c\n> trích\n'), undefined);
  });

  it('walks a tree 100,000 levels deep without recursion', () => {
    const text = 'x';
    let node: MdNode = { type: 'text', value: 'x', position: { start: { offset: 0 }, end: { offset: 1 } } };
    for (let i = 0; i < 100_000; i++) node = { type: 'emphasis', children: [node], position: { start: { offset: 0 }, end: { offset: 1 } } };
    const r = readChunk(text, { type: 'root', children: [node] }, 0);
    assert.equal(r.lines[0].text, 'x');
    assert.ok(r.lines[0].italic);
  });

  it('long runs are read: 40,000 spaces in a line and in an HTML block, "[" × 20,000, "<a " × 5,000, 5,000 column gaps', () => {
    const read = (text: string, last: RegExp) => {
      const md = parseMarkdown(text);
      assert.deepEqual(plainLines(createAnalyzer().parse(text).lines), plainLines(md.lines));
      assert.match(md.lines[md.lines.length - 1].text, last);
    };
    read(HEAD + 'Nội dung a' + ' '.repeat(40_000) + 'b\n', /^Nội dung a +b$/);
    read(HEAD + '<div>\n**a' + ' '.repeat(40_000) + '*\n</div>\n', /^a$/);
    read(HEAD + 'Nội dung ' + '['.repeat(20_000) + '\n', /^Nội dung \[+$/);
    // No ">" before "</div>": everything up to it is one tag (as the old pattern read it).
    read(HEAD + '<div>\n' + '<a '.repeat(5_000) + '\n</div>\n', /Hạnh phúc$/);
    read(HEAD + 'a   '.repeat(5_000) + '\n', /^a {3}a/);
  });

  it('counts a lone CR as a line break for directives', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\rĐộc lập - Tự do - Hạnh phúc\r\rSố: 5/UBND-VP <!-- thethuc-disable-line ND30-SO-02 -->\r';
    const md = parseMarkdown(text);
    assert.equal(md.directives.length, 1);
    assert.equal(md.directives[0].srcLine, 3);
    assert.equal(md.directives[0].srcLine, new LineIndex(text).position(md.directives[0].start).line);
    const mixed = 'a\r\nb\rc\n<!-- thethuc-disable ND30-SO-02 -->\n';
    assert.equal(parseMarkdown(mixed).directives[0].srcLine, 3);
  });

  // ---- the linear scanners match the regular expressions they replace

  const alphabet = fc.constantFrom('*', '_', ' ', '\t', '\n', '\r', 'a', 'Đ', '[', ']', '{', '}', '.', '#', '<', '>', '/', '!', '-', '`', 'b', 'r', 'p', '\u2028');
  const str = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));
  const runs = { seed: 42, numRuns: 2000 };

  it('htmlLineMarkers = /^([ \\t]*)(\\*{1,3}|_{1,3})?(.*?)(\\*{1,3}|_{1,3})?[ \\t]*$/gm', () => {
    fc.assert(
      fc.property(str, (v) => {
        const want: [number, number][] = [];
        const re = /^([ \t]*)(\*{1,3}|_{1,3})?(.*?)(\*{1,3}|_{1,3})?[ \t]*$/gm;
        let m: RegExpExecArray | null;
        while ((m = re.exec(v))) {
          if (m[0] === '') {
            re.lastIndex++;
            continue;
          }
          const a = m.index + m[1].length;
          if (m[2]) want.push([a, a + m[2].length]);
          if (m[4]) {
            const b = a + (m[2]?.length ?? 0) + m[3].length;
            want.push([b, b + m[4].length]);
          }
        }
        const got: [number, number][] = [];
        htmlLineMarkers(v, (a, b) => got.push([a, b]));
        assert.deepEqual(got, want, JSON.stringify(v));
      }),
      runs,
    );
  });

  it('htmlTags = /<!--[\\s\\S]*?-->|<\\/?([a-zA-Z][\\w-]*)[^>]*>/g', () => {
    fc.assert(
      fc.property(str, (v) => {
        const want: [number, number, string | undefined][] = [];
        const re = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)[^>]*>/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(v))) want.push([m.index, m.index + m[0].length, m[1]]);
        const got: [number, number, string | undefined][] = [];
        htmlTags(v, (a, b, name) => got.push([a, b, name]));
        assert.deepEqual(got, want, JSON.stringify(v));
      }),
      runs,
    );
  });

  it('bracketedSpans = /\\[([^\\]\\n]+)\\]\\{[.#][^}\\n]*\\}/g', () => {
    fc.assert(
      fc.property(str, (v) => {
        const want: [number, number, number][] = [];
        const re = /\[([^\]\n]+)\]\{[.#][^}\n]*\}/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(v))) want.push([m.index, m.index + 1 + m[1].length, m.index + m[0].length]);
        const got: [number, number, number][] = [];
        bracketedSpans(v, 0, v.length, (o, c, e) => got.push([o, c, e]));
        assert.deepEqual(got, want, JSON.stringify(v));
      }),
      runs,
    );
  });

  it('codeTicks = /^`+\\s?/ and /\\s?`+$/', () => {
    fc.assert(
      fc.property(str, (v) => {
        const lead = v.match(/^`+\s?/)?.[0].length ?? 0;
        const trail = v.match(/\s?`+$/)?.[0].length ?? 0;
        assert.deepEqual(codeTicks(v, 0, v.length), [lead, trail], JSON.stringify(v));
      }),
      runs,
    );
  });
});
