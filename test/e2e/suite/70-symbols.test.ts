// Document symbols (Outline, breadcrumbs): the components of the letter.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, flattenSymbols, lineStartingWith, openFixture, waitFor } from './helpers';

suite('symbols', () => {
  test('the outline lists the components of the letter, the trích yếu among them', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const flat = flattenSymbols(symbols);
    const subject = lineStartingWith(editor.document, 'Về việc');
    const kinhGui = lineStartingWith(editor.document, 'Kính gửi');
    const names = flat.map((s) => `${s.name}@${s.range.start.line}`).join(', ');
    assert.ok(flat.some((s) => s.range.start.line <= subject && subject <= s.range.end.line), `no symbol covers the trích yếu line ${subject}: ${names}`);
    assert.ok(flat.some((s) => s.range.start.line <= kinhGui && kinhGui <= s.range.end.line), `no symbol covers the Kính gửi line ${kinhGui}: ${names}`);
    assert.ok(flat.length >= 4, `only ${flat.length} symbols: ${names}`);
  });
});
