// Templates: the snippets (prefix "congvan", …) and the command
// "Thể thức: Tạo văn bản mới…" (thethuc.newDocument).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, revertAndClose, waitFor, waitForDiagnostics } from './helpers';

const QUOC_HIEU = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/;

/** The "congvan" snippet as the editor offers it (the extension's snippets contribution). */
async function congvanSnippet(): Promise<vscode.SnippetString> {
  const probe = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'congvan' });
  await vscode.window.showTextDocument(probe);
  try {
    const item = await waitFor('the "congvan" snippet completion', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', probe.uri, new vscode.Position(0, 7));
      return list?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'congvan' && i.insertText instanceof vscode.SnippetString);
    });
    return item.insertText as vscode.SnippetString;
  } finally {
    await revertAndClose(probe);
  }
}

/** Text for a snippet: "$", "}" and "\\" are syntax there. */
const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, (c) => '\\' + c);

/**
 * Inserts `snippet` into a new Markdown document with editor.insertSnippet and
 * returns its findings, after asserting that they are all ND30-DOC-05
 * information (blanks to fill in), at least one.
 */
async function insertAndCheck(snippet: vscode.SnippetString, expect?: RegExp): Promise<vscode.Diagnostic[]> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  try {
    assert.ok(await editor.insertSnippet(snippet, new vscode.Position(0, 0)), 'insertSnippet failed');
    const text = await waitFor('the snippet text', () => (QUOC_HIEU.test(doc.getText()) ? doc.getText() : undefined));
    if (expect) assert.match(text, expect);
    // Variables resolved, no snippet syntax left.
    assert.doesNotMatch(text, /\$\{|\$[A-Z_]{4,}|\$\d/, 'unresolved snippet syntax');
    const today = new Date();
    assert.match(text, new RegExp(`ngày ${String(today.getDate()).padStart(2, '0')} tháng 0?${today.getMonth() + 1} năm ${today.getFullYear()}`));
    // One edit, one check: the first findings published are those of the whole text.
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'ND30-DOC-05'));
    const other = ds.filter((d) => codeOf(d) !== 'ND30-DOC-05' || d.severity !== vscode.DiagnosticSeverity.Information);
    assert.deepEqual(other.map((d) => `${codeOf(d)}: ${d.message}`), [], `findings: ${describeDiagnostics(ds)}`);
    return ds;
  } finally {
    await revertAndClose(doc);
  }
}

suite('templates', () => {
  test('typing "congvan" offers the công văn snippet', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'congvan' });
    await vscode.window.showTextDocument(doc);
    try {
      const item = await waitFor('the "congvan" snippet completion', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 7));
        return list?.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'congvan' && i.kind === vscode.CompletionItemKind.Snippet);
      });
      const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText ?? '');
      assert.match(body, QUOC_HIEU);
    } finally {
      await revertAndClose(doc);
    }
  });

  test('the "congvan" snippet inserted with editor.insertSnippet, tab stops left as they are: only ND30-DOC-05 (blanks), as information', async () => {
    const ds = await insertAndCheck(await congvanSnippet());
    assert.ok(ds.length > 1, `one finding per blank expected: ${describeDiagnostics(ds)}`);
  });

  test('the "congvan" snippet filled in (all but the number, given after signing) checks clean except one ND30-DOC-05 information', async () => {
    const snippet = await congvanSnippet();
    // Tab stops of snippets/thethuc.json "Công văn (Mẫu 1.5)": $3 is the number
    // (left blank), $8 the date (today, from the snippet variables), $13 the
    // signing prefix (first choice "KT.").
    const fills: Record<number, string> = {
      1: 'UBND TỈNH LAI CHÂU<br>',
      2: 'SỞ NỘI VỤ',
      4: 'SNV',
      5: 'VP',
      6: 'tổ chức tập huấn công tác văn thư năm 2026',
      7: 'Lai Châu',
      9: 'Các phòng, đơn vị trực thuộc Sở',
      10: 'Ủy ban nhân dân các huyện, thành phố',
      11: 'Sở Nội vụ đề nghị các cơ quan, đơn vị cử công chức làm công tác văn thư tham dự lớp tập huấn',
      12: 'Giám đốc Sở (để b/c)',
      14: 'GIÁM ĐỐC',
      15: 'PHÓ GIÁM ĐỐC',
      16: 'Nguyễn Văn An',
    };
    for (const n of Object.keys(fills)) assert.ok(snippet.value.includes(`\${${n}:`), `the snippet has no tab stop \${${n}:…}`);
    const value = snippet.value
      // ${n:default} → the filled-in text; the mirrors $n too (not "$1" inside a /regex/format/ transform).
      .replace(/\$\{(\d+):([^{}$]*)\}/g, (m, n: string) => (fills[Number(n)] !== undefined ? escapeSnippet(fills[Number(n)]) : m))
      .replace(/\$(\d+)(?![\d/])/g, (m, n: string) => (fills[Number(n)] !== undefined ? escapeSnippet(fills[Number(n)]) : m));
    const ds = await insertAndCheck(new vscode.SnippetString(value), /^\| Số: +\/SNV-VP<br>V\/v tổ chức/m);
    assert.equal(ds.length, 1, `only the blank number expected: ${describeDiagnostics(ds)}`);
  });

  test('thethuc.newDocument { type: "cong_van" } opens a new công văn', async () => {
    const result = await vscode.commands.executeCommand<{ document: vscode.TextDocument; type: string } | undefined>('thethuc.newDocument', {
      type: 'cong_van',
      date: '2026-01-05',
    });
    assert.ok(result?.document, 'the command returned no document');
    const doc = result.document;
    try {
      assert.equal(doc.languageId, 'markdown');
      assert.equal(doc.isUntitled, true);
      const text = await waitFor('the template text', () => (QUOC_HIEU.test(doc.getText()) ? doc.getText() : undefined));
      assert.match(text, /V\/v/);
      assert.match(text, /ngày 05 tháng 01 năm 2026/);
    } finally {
      await revertAndClose(doc);
    }
  });
});
