// Templates: the snippets (prefix "congvan", …) and the command
// "Thể thức: Tạo văn bản mới…" (thethuc.newDocument).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { revertAndClose, waitFor } from './helpers';

const QUOC_HIEU = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/;

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
