// Hover: on a finding, the rule's explanation.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, codeOf, hoverText, openFixture, waitFor, waitForDiagnostics } from './helpers';

suite('hover', () => {
  test('hovering a finding shows its rule id and explanation', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => !d.range.isEmpty));
    const target = ds.find((d) => codeOf(d) === 'ND30-TL-04') ?? ds.find((d) => !d.range.isEmpty)!;
    const pos = target.range.start.translate(0, 1);
    const text = await waitFor(`a hover mentioning ${codeOf(target)}`, async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)) ?? [];
      const t = hoverText(hovers);
      return t.includes(codeOf(target)) ? t : undefined;
    });
    assert.ok(text.length > codeOf(target).length + 20, `hover too short: ${text}`);
  });
});
