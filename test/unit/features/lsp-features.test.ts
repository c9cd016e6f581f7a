// LSP-level tests of the editor features over stdio: code actions (quick
// fixes, disable comments, docs, fix-all of a rule), source.fixAll.thethuc,
// the fix-all command, hover, completion and document symbols.

import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fix';
import { ensureBuilt, TestClient } from '../lsp/harness';
import { congVan, example, quyetDinh, TODAY } from '../helpers';


type Pos = { line: number; character: number };
type Rng = { start: Pos; end: Pos };
interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: { code?: string }[];
  edit?: { changes?: Record<string, { range: Rng; newText: string }[]> };
  command?: { command: string; arguments?: unknown[] };
}
interface Sym {
  name: string;
  detail?: string;
  range: Rng;
  selectionRange: Rng;
  children?: Sym[];
}

function editsOf(a: Action, uri: string) {
  return a.edit?.changes?.[uri] ?? [];
}

describe('editor features over LSP', function () {
  this.timeout(60000);
  let client: TestClient;
  let n = 0;
  const open = async (text: string) => {
    const uri = `file:///tmp/thethuc-features/doc-${++n}.md`;
    const wait = client.waitFor(uri);
    client.open(uri, text, 1);
    const p = await wait;
    return { uri, diagnostics: p.diagnostics };
  };

  before(async () => {
    ensureBuilt();
    client = new TestClient();
    const init = (await client.start({ locale: 'vi' })) as { capabilities: Record<string, unknown> };
    const caps = init.capabilities;
    assert.ok(caps.codeActionProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.thethuc']);
    assert.ok(caps.hoverProvider);
    assert.ok(caps.completionProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.ok((caps.executeCommandProvider as { commands: string[] }).commands.includes('thethuc.server.fixAll'));
  });
  after(async () => client?.stop());

  it('code actions for a diagnostic: fix (preferred), disable line, disable file, docs', async () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const { uri, diagnostics } = await open(text);
    const d = diagnostics.find((x) => x.code === 'ND30-SO-02')!;
    assert.ok(d);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Sửa thành "05"');
    assert.ok(fix, titles.join(' | '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics?.[0].code, 'ND30-SO-02');
    assert.equal(applyEdits(text, editsOf(fix, uri)), congVan());

    const line = actions.find((a) => a.title === 'Tắt ND30-SO-02 cho dòng này')!;
    assert.ok(line, titles.join(' | '));
    assert.deepEqual(editsOf(line, uri), [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- thethuc-disable-next-line ND30-SO-02 -->\n' }]);
    const file = actions.find((a) => a.title === 'Tắt ND30-SO-02 cho cả tệp')!;
    assert.ok(file);
    assert.equal(editsOf(file, uri)[0].newText, '<!-- thethuc-disable ND30-SO-02 -->\n');
    for (const a of [line, file]) {
      const after = analyze(applyEdits(text, editsOf(a, uri)), { today: TODAY }).findings;
      assert.ok(!after.some((f) => f.ruleId === 'ND30-SO-02' || f.ruleId === 'VB-DISABLE-01'));
    }
    const docs = actions.find((a) => a.title === 'Xem tài liệu quy tắc ND30-SO-02')!;
    assert.ok(docs);
    assert.equal(docs.command?.command, 'thethuc.showRuleDoc');
    assert.equal(docs.command?.arguments?.[0], 'ND30-SO-02');
    assert.match(String(docs.command?.arguments?.[2]), /Số văn bản nhỏ hơn 10/);
  });

  it('"fix all of this rule" when a rule has several fixable findings', async () => {
    const { uri, diagnostics } = await open(example());
    const cc = diagnostics.filter((x) => x.code === 'ND30-CC-03');
    if (cc.length < 2) return; // depends on the CC rules of the day
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: cc[0].range, context: { diagnostics: [cc[0]] } });
    const all = actions.find((a) => a.title === 'Sửa tất cả lỗi ND30-CC-03 trong văn bản');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const fixed = applyEdits(example(), editsOf(all, uri));
    assert.ok(!analyze(fixed, { today: TODAY }).findings.some((f) => f.ruleId === 'ND30-CC-03' && f.fix));
  });

  it('no quick fixes for a stale version', async () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const { uri, diagnostics } = await open(text);
    const d = diagnostics.find((x) => x.code === 'ND30-SO-02')!;
    // Change the document and ask at once, before the new check is published.
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(!actions.some((a) => a.title === 'Sửa thành "05"'), actions.map((a) => a.title).join(' | '));
  });

  it('source.fixAll.thethuc: converging fix-all as minimal edits', async () => {
    const { uri } = await open(example());
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.thethuc'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.thethuc');
    assert.equal(actions[0].title, 'Thể thức: Sửa tất cả lỗi có thể sửa tự động');
    const edits = editsOf(actions[0], uri);
    assert.ok(edits.length >= 1);
    // Not a whole-document replacement.
    assert.ok(edits.every((e) => e.range.start.line > 0 || e.range.end.line < 5), JSON.stringify(edits));
    const fixed = applyEdits(example(), edits);
    assert.ok(!analyze(fixed).findings.some((f) => f.fixable));
    // Nothing to fix: no action.
    const { uri: clean } = await open(congVan());
    const none = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: clean },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(none, []);
  });

  it('quick-fix-only requests carry no source action', async () => {
    const { uri } = await open(example());
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.ok(!actions.some((a) => a.kind === 'source.fixAll.thethuc'));
  });

  it('command thethuc.server.fixAll applies the edits through workspace/applyEdit', async () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const { uri } = await open(text);
    let received: { label?: string; edit: { changes?: Record<string, { range: Rng; newText: string }[]> } } | undefined;
    const disp = client.conn.onRequest('workspace/applyEdit', (p: typeof received) => {
      received = p;
      return { applied: true };
    });
    const res = await client.request<{ applied: boolean; fixed: number; message: string }>('workspace/executeCommand', { command: 'thethuc.server.fixAll', arguments: [uri, 1] });
    disp.dispose();
    assert.equal(res.applied, true);
    assert.ok(res.fixed >= 1);
    assert.match(res.message, /Đã sửa/);
    assert.ok(received);
    assert.equal(applyEdits(text, received.edit.changes![uri]), congVan());
    // A stale version is refused.
    const stale = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'thethuc.server.fixAll', arguments: [uri, 99] });
    assert.equal(stale.applied, false);
  });

  it('hover on a diagnostic shows the rule and the correct form first, not the message again', async () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const { uri } = await open(text);
    const h = await client.request<{ contents: { kind: string; value: string }; range: Rng }>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /\*\*ND30-SO-02\*\*/);
    // The message and its clause are the diagnostic's, shown by the editor: once.
    assert.doesNotMatch(h.contents.value, /Phụ lục I, mục II\.3\.c/);
    assert.match(h.contents.value.split('\n\n')[1], /^Viết đúng: "05"/);
    assert.match(h.contents.value, /Số: 05\/BNV-VP/);
    assert.deepEqual(h.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 5 } });
  });

  it('hover on components without a diagnostic', async () => {
    const { uri } = await open(congVan());
    const at = async (line: number, character = 2) =>
      (await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } }))?.contents.value ?? '';
    assert.match(await at(3), /Số, ký hiệu của văn bản/);
    assert.match(await at(5), /Trích yếu/);
    assert.match(await at(7, 4), /Quốc hiệu/);
    assert.match(await at(8, 4), /Tiêu ngữ/);
    assert.match(await at(10), /Địa danh và thời gian ban hành/);
    assert.match(await at(10), /ngày 05 tháng 3 năm 2026/);
    assert.match(await at(12), /Kính gửi/);
    assert.match(await at(26, 4), /Nơi nhận/);
    const signer = await at(31, 3);
    assert.match(signer, /Quyền hạn, chức vụ của người ký/);
    assert.match(signer, /`KT\.`: Ký thay/);
    // Plain body text: nothing.
    assert.equal(await at(20), '');
    const { uri: qd } = await open(quyetDinh());
    const cc = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: qd }, position: { line: 10, character: 3 } });
    assert.match(cc.contents.value, /Căn cứ ban hành/);
  });

  it('completion: date, type abbreviations, signer prefixes, units, citations', async () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/').replace('**CHỦ TỊCH**<br><br>', '**CHỦ TỊCH**<br><br>');
    const { uri } = await open(text);
    type Item = { label: string; detail?: string; textEdit?: { range: Rng; newText: string } };
    const complete = async (line: number, character: number) =>
      (await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri, version: 1 }, position: { line, character } })).items;
    // After "Số: 15/" (line 2, inside the table cell "| Số: 15/ |").
    const row = text.split('\n')[2];
    const items = await complete(2, row.indexOf('15/') + 3);
    const qd = items.find((i) => i.label === 'QĐ');
    assert.ok(qd, items.map((i) => i.label).join());
    assert.equal(qd.detail, 'Quyết định');
    assert.ok(items.some((i) => i.label === 'TTr' && i.detail === 'Tờ trình'));
    assert.equal(qd.textEdit?.newText, 'QĐ-');

    // A date line being typed: a new line "Hà Nội, ".
    const cv = congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', 'Lai Châu, ');
    const { uri: cvUri } = await open(cv);
    const d = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: cvUri }, position: { line: 10, character: 'Lai Châu, '.length } });
    assert.equal(d.items.length, 1);
    assert.match(d.items[0].label, /^ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);

    // Công văn: no type abbreviation after "Số: 05/".
    const cv2 = congVan('Số: 05/SNV-VP', 'Số: 05/');
    const { uri: cv2Uri } = await open(cv2);
    const none = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: cv2Uri }, position: { line: 3, character: 'Số: 05/'.length } });
    assert.deepEqual(none.items, []);

    // Signer prefix at the start of a line after the body.
    const cv3 = congVan('**KT. GIÁM ĐỐC**', 'K');
    const { uri: cv3Uri } = await open(cv3);
    const lines3 = cv3.split('\n');
    const kLine = lines3.indexOf('K');
    const sp = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: cv3Uri }, position: { line: kLine, character: 1 } });
    assert.deepEqual(sp.items.map((i) => i.label), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
    assert.deepEqual(sp.items[1].textEdit, { range: { start: { line: kLine, character: 0 }, end: { line: kLine, character: 1 } }, newText: 'KT. ' });

    // Units after "Lưu: VT, ".
    const cv4 = congVan('- Lưu: VT, VP.', '- Lưu: VT, ');
    const { uri: cv4Uri } = await open(cv4);
    const lines4 = cv4.split('\n');
    const lLine = lines4.indexOf('- Lưu: VT, ');
    const units = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: cv4Uri }, position: { line: lLine, character: '- Lưu: VT, '.length } });
    assert.deepEqual(units.items.map((i) => i.label), ['SNV', 'VP']);

    // Citations after "Căn cứ " in the example letter (documents cited there).
    const ex = example() + '\n\nCăn cứ \n';
    const { uri: exUri } = await open(ex);
    const lastLine = ex.split('\n').length - 2;
    const cites = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: exUri }, position: { line: lastLine, character: 'Căn cứ '.length } });
    const labels = cites.items.map((i) => i.label);
    assert.ok(labels.includes('Quyết định số 701/QĐ-UBND ngày 24/5/2023'), labels.join(' | '));
    assert.ok(labels.includes('Kế hoạch số 2943/KH-UBND ngày 20/9/2021'), labels.join(' | '));
  });

  it('document symbols: the components, căn cứ and articles nested', async () => {
    const { uri } = await open(quyetDinh());
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = syms.map((s) => s.name);
    for (const want of ['Quốc hiệu', 'Tên cơ quan', 'Số', 'Ngày', 'Tên loại', 'Trích yếu', 'Căn cứ', 'Nội dung', 'Nơi nhận', 'Người ký']) assert.ok(names.includes(want), `${want} in ${names.join()}`);
    const canCu = syms.find((s) => s.name === 'Căn cứ')!;
    assert.equal(canCu.children?.length, 3);
    const body = syms.find((s) => s.name === 'Nội dung')!;
    assert.deepEqual(
      body.children?.map((c) => c.name.slice(0, 7)),
      ['Điều 1.', 'Điều 2.', 'Điều 3.'],
    );
    const so = syms.find((s) => s.name === 'Số')!;
    assert.equal(so.detail, 'Số: 15/QĐ-UBND');
    assert.deepEqual(so.selectionRange, { start: { line: 2, character: 2 }, end: { line: 2, character: 16 } });
    // Every selection range is inside its range.
    const inside = (s: Sym): boolean =>
      (s.range.start.line < s.selectionRange.start.line || (s.range.start.line === s.selectionRange.start.line && s.range.start.character <= s.selectionRange.start.character)) &&
      (s.children ?? []).every(inside);
    assert.ok(syms.every(inside));
    // A công văn: Kính gửi with its items.
    const { uri: cv } = await open(congVan());
    const cvSyms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: cv } });
    const kg = cvSyms.find((s) => s.name === 'Kính gửi')!;
    assert.equal(kg.children?.length, 3);
    // Not a letter: no symbols.
    const { uri: readme } = await open('# Dự án\n\nSố: 3 bước cài đặt.\n');
    assert.deepEqual(await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: readme } }), []);
  });
});

describe('editor features over LSP, thethuc.language = "en"', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => {
    ensureBuilt();
    client = new TestClient();
    // English only when chosen in the settings (the editor's locale does not decide).
    client.settings = { language: 'en' };
    await client.start({ locale: 'en', language: 'en' });
  });
  after(async () => client?.stop());

  it('hover and code actions in English', async () => {
    const uri = 'file:///tmp/thethuc-features/en.md';
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const wait = client.waitFor(uri);
    client.open(uri, text, 1);
    const p = await wait;
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 3 } });
    assert.match(h.contents.value, /Place and date of issue/);
    const d = p.diagnostics.find((x) => x.code === 'ND30-SO-02')!;
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => a.title === 'Disable ND30-SO-02 for this line'));
    assert.ok(actions.some((a) => a.title === 'Show documentation for ND30-SO-02'));
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(syms.some((s) => s.name === 'Recipients'));
  });
});
