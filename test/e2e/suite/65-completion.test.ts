// Completion where the decree fixes the form: after "Số: 15/" in a letter
// that has a tên loại, the Phụ lục III type abbreviations (QĐ for a quyết định).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { revertAndClose, waitFor } from './helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

/** A quyết định whose Số line is being typed: the cursor goes at the end of line 1 ("Số: 15/"). */
const QUYET_DINH = [
  '**ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**',
  'Số: 15/',
  '',
  '**QUYẾT ĐỊNH**',
  '',
  '**Về việc thành lập Tổ công tác cải cách hành chính**',
  '',
  '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**',
  '',
  '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*',
  '',
  '**QUYẾT ĐỊNH:**',
  '',
  '**Điều 1.** Thành lập Tổ công tác cải cách hành chính.',
  '',
].join('\n');

suite('completion', () => {
  test('after "Số: 15/" in a quyết định the type abbreviations are offered, QĐ among them', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: QUYET_DINH });
    await vscode.window.showTextDocument(doc);
    try {
      const pos = new vscode.Position(1, doc.lineAt(1).text.length);
      assert.equal(doc.getText(new vscode.Range(1, 0, pos.line, pos.character)), 'Số: 15/');
      const items = await waitFor('a "QĐ" completion after "Số: 15/"', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
        return list?.items.some((i) => labelOf(i) === 'QĐ') ? list.items : undefined;
      });
      const qd = items.find((i) => labelOf(i) === 'QĐ')!;
      // The item inserts "QĐ-…" at the cursor (nothing before it is replaced).
      const insert = qd.insertText instanceof vscode.SnippetString ? qd.insertText.value : String(qd.insertText ?? labelOf(qd));
      assert.match(insert, /^QĐ-/);
      const range = qd.range instanceof vscode.Range ? qd.range : qd.range?.replacing;
      if (range) assert.ok(range.start.isEqual(pos), `replaces ${JSON.stringify(range)}`);
      // Other Phụ lục III abbreviations come too (a list, not a single guess).
      for (const abbr of ['TTr', 'KH', 'BC']) assert.ok(items.some((i) => labelOf(i) === abbr), `no "${abbr}" among ${items.map(labelOf).join(', ')}`);
    } finally {
      await revertAndClose(doc);
    }
  });
});
