// The reader uses a GFM extension only when the text has the characters its
// syntax needs (markdown.ts syntaxNeeds): the tree must be the one the parser
// with every extension gives, on every fixture and on random Markdown.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ALL_SYNTAX, parseTree, syntaxNeeds } from '../../../server/src/engine/markdown';
import { FIXTURES } from '../helpers';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdownFiles(p) : f.endsWith('.md') ? [p] : [];
  });
}

describe('reader: GFM extensions only where their syntax can occur', () => {
  it('gives the same tree as every extension on every fixture', () => {
    const files = markdownFiles(FIXTURES);
    assert.ok(files.length > 50);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.deepEqual(parseTree(text), parseTree(text, ALL_SYNTAX), f);
    }
  });

  it('gives the same tree on random Markdown made of the characters that matter', () => {
    const piece = fc.constantFrom('|', ':', '-', '--', ':--', '--:', '~', '~~', '[', '^', ']', '[^1]', '[^1]: x', '\n', '\n\n', ' ', '  ', '>', '> ', '- ', '1. ', '*', '_', '`', 'a', 'Số', 'b c', '\\', '#', '    ', '\t', '---', '+++', '<br>', '(', ')', '\uFEFF', 'a: b', '---\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(parseTree(text), parseTree(text, ALL_SYNTAX));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds the characters each extension needs', () => {
    assert.equal(syntaxNeeds('Kính gửi: Sở Tài chính'), 0);
    assert.equal(syntaxNeeds('| a | b |'), 1);
    assert.equal(syntaxNeeds('a\n:--'), 1);
    assert.equal(syntaxNeeds('a\n--:'), 1);
    assert.equal(syntaxNeeds('x[^1]'), 2);
    assert.equal(syntaxNeeds('~~x~~'), 4);
    assert.equal(syntaxNeeds('---\ntitle: x\n---\n'), 8);
    assert.equal(syntaxNeeds('\uFEFF+++\ntitle = 1\n+++\n'), 8);
    assert.equal(syntaxNeeds('a\n---\nb'), 0);
  });
});
