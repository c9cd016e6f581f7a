// The host itself: the launcher opened the test workspace and documents open
// as Markdown. Independent of the extension, so it also checks the launchers.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, fixtureUri, openFixture, waitFor } from './helpers';

suite('host', () => {
  test('the test workspace is open and holds the example letter', async () => {
    const found = await vscode.workspace.findFiles('*.md');
    const names = found.map((u) => u.path.split('/').pop()).sort();
    assert.ok(names.includes(EXAMPLE_LETTER), `workspace files: ${names.join(', ')}`);
    const stat = await vscode.workspace.fs.stat(fixtureUri(EXAMPLE_LETTER));
    assert.ok(stat.size > 1000);
  });

  test('the example letter opens in an editor as Markdown', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('the letter to be the active editor', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === editor.document.uri.toString(),
    );
    assert.match(editor.document.getText(), /Kính gửi/);
  });
});
