// Word export and print preview in the real extension host (issue #12).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, activateExtension, fixtureUri, openFixture, waitFor } from './helpers';

suite('export', () => {
  test('"Thể thức: Xuất văn bản Word" writes a .docx beside the example letter', async () => {
    await activateExtension();
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('thethuc.exportDocx'), 'thethuc.exportDocx is not registered');
    const editor = await openFixture(EXAMPLE_LETTER);
    const target = vscode.Uri.joinPath(fixtureUri(EXAMPLE_LETTER), '..', 'cong-van-1465-SNN-VP.docx');
    if (fs.existsSync(target.fsPath)) fs.rmSync(target.fsPath);
    // force: the letter has errors (no Quốc hiệu); the test does not answer the dialog.
    const written = (await vscode.commands.executeCommand('thethuc.exportDocx', editor.document.uri, { force: true })) as vscode.Uri | undefined;
    try {
      assert.equal(written?.fsPath, target.fsPath);
      const bytes = fs.readFileSync(target.fsPath);
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip archive');
      assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'with word/document.xml');
      assert.ok(bytes.length > 5000);
    } finally {
      if (fs.existsSync(target.fsPath)) fs.rmSync(target.fsPath);
    }
  });

  test('"Thể thức: Xem trước bản in" opens the A4 preview beside the letter', async () => {
    await openFixture(EXAMPLE_LETTER);
    await vscode.commands.executeCommand('thethuc.showPrintPreview');
    const tab = await waitFor('the print preview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /thethuc\.printPreview/.test(t.input.viewType)),
    );
    assert.match(tab.label, /cong-van-1465-SNN-VP\.md/);
    await vscode.window.tabGroups.close(tab);
  });
});
