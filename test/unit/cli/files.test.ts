// In-process units of the CLI's file handling: encoding detection, the
// largest-first dispatch order, regular-file reads, the command registry.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, InputError, looksUtf16, readText } from '../../../server/src/cli/files';
import { dispatchOrder } from '../../../server/src/cli/pool';
import { parseArgs, UsageError } from '../../../server/src/cli/args';
import { COMMANDS } from '../../../server/src/cli/commands';
import { helpText } from '../../../server/src/cli/help';
import { MAX_CHECK_BYTES } from '../../../server/src/config/limits';

const TEXT = 'Số: 05/SNV-VP\nKính gửi: Sở Tài chính tỉnh Lai Châu.\n';

describe('cli: reading files', () => {
  it('recognises UTF-16 without a byte order mark (LE and BE), not UTF-8 or binary', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(looksUtf16(le), true);
    assert.equal(looksUtf16(be), true);
    assert.equal(looksUtf16(Buffer.from(TEXT, 'utf8')), false);
    assert.equal(looksUtf16(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01])), false);
    assert.throws(() => decode('x.md', le), (e: unknown) => e instanceof InputError && /UTF-16/.test(e.en));
    assert.equal(decode('x.md', Buffer.from(TEXT, 'utf8')), TEXT);
  });

  it('reads regular files only, and checks the size before reading', function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-files-'));
    try {
      assert.throws(() => readText('/dev/zero'), (e: unknown) => e instanceof InputError && e.kind === 'special');
      execFileSync('mkfifo', [join(dir, 'p.md')]);
      assert.throws(() => readText(join(dir, 'p.md')), (e: unknown) => e instanceof InputError && e.kind === 'special');
      writeFileSync(join(dir, 'big.md'), Buffer.alloc(MAX_CHECK_BYTES + 1, 0x61));
      assert.throws(() => readText(join(dir, 'big.md')), (e: unknown) => e instanceof InputError && /too large to check/.test(e.en));
      writeFileSync(join(dir, 'ok.md'), TEXT);
      assert.equal(readText(join(dir, 'ok.md')), TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dispatches the largest files first, ties in input order', () => {
    assert.deepEqual(dispatchOrder(5, [10, 300, 20, 300, 5]), [1, 3, 2, 0, 4]);
    assert.deepEqual(dispatchOrder(3), [0, 1, 2]);
  });
});

describe('cli: arguments and commands', () => {
  it('parses --shard, --cache-location, --allow-empty, --allow-outside-extends; refuses a bad shard', () => {
    const a = parseArgs(['check', 'x', '--shard', '2/4', '--cache-location', 'c/', '--allow-empty', '--allow-outside-extends']);
    assert.deepEqual(a.shard, { k: 2, n: 4 });
    assert.equal(a.cache, true);
    assert.equal(a.cacheLocation, 'c/');
    assert.equal(a.allowEmpty, true);
    assert.equal(a.allowOutsideExtends, true);
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1']) assert.throws(() => parseArgs(['check', '--shard', bad]), UsageError, bad);
  });

  it('a command declares its own options; the help lists every registered command', () => {
    const a = parseArgs(['new', 'cong-van', '-o', 'out.md'], (c) => (c === 'new' ? [{ names: ['-o', '--output'], key: 'output', value: true }] : []));
    assert.equal(a.extra.output, 'out.md');
    assert.deepEqual(a.paths, ['cong-van']);
    assert.throws(() => parseArgs(['check', '-o', 'x']), UsageError);
    const help = helpText('vi', COMMANDS);
    for (const c of COMMANDS) assert.ok(help.includes(`thethuc ${c.usage.vi}`), c.name);
  });
});
