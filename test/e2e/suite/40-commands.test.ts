// Commands contributed by the extension.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, codeOf, openFixture, waitForDiagnostics } from './helpers';

suite('commands', () => {
  test('"Thể thức: Khởi động lại máy chủ kiểm tra" restarts the server and the findings come back', async () => {
    const uri = (await openFixture(EXAMPLE_LETTER)).document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'ND30-DOC-02'));
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('thethuc.restartServer'), 'thethuc.restartServer is not registered');
    await vscode.commands.executeCommand('thethuc.restartServer');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'ND30-DOC-02'));
  });

  test('an untitled Markdown document is checked too', async () => {
    const example = await vscode.workspace.openTextDocument((await openFixture(EXAMPLE_LETTER)).document.uri);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: example.getText() });
    await vscode.window.showTextDocument(doc);
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'ND30-DOC-02'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
