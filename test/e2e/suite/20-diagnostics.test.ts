// Diagnostics: the extension activates on Markdown and publishes findings
// (source "thethuc", code = rule id) for the canonical example letter.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXAMPLE_LETTER,
  EXTENSION_ID,
  MODE,
  codeOf,
  fixtureUri,
  lineStartingWith,
  openFixture,
  thethucDiagnostics,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const hasCodes = (...codes: string[]) => (ds: vscode.Diagnostic[]) => codes.every((c) => ds.some((d) => codeOf(d) === c));

suite('diagnostics', () => {
  test('the extension activates when a Markdown letter is opened', async () => {
    await openFixture(EXAMPLE_LETTER);
    const ext = await waitFor(`extension ${EXTENSION_ID} to be active`, () => {
      const e = vscode.extensions.getExtension(EXTENSION_ID);
      return e?.isActive ? e : undefined;
    });
    // Make sure we test what we mean to test: the repository in dev mode,
    // the installed package with --vsix.
    const extPath = path.resolve(ext.extensionPath);
    if (MODE === 'vsix' && process.env.THETHUC_E2E_EXTENSIONS_DIR) {
      assert.ok(
        extPath.startsWith(path.resolve(process.env.THETHUC_E2E_EXTENSIONS_DIR) + path.sep),
        `expected the installed extension, got ${extPath}`,
      );
    } else if (MODE === 'dev' && process.env.THETHUC_E2E_DEV_PATH) {
      assert.equal(extPath, path.resolve(process.env.THETHUC_E2E_DEV_PATH));
    }
  });

  test('the example letter gets ND30-DOC-02 (no Quốc hiệu / agency) and ND30-TL-04 ("Về việc")', async () => {
    const uri = fixtureUri(EXAMPLE_LETTER);
    await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(uri, hasCodes('ND30-DOC-02', 'ND30-TL-04'));
    for (const d of ds) {
      assert.match(codeOf(d), /^ND30-[A-Z0-9]+(-[A-Z0-9]+)*$/, `rule id of ${JSON.stringify(d.message)}`);
      assert.ok(d.message.trim().length > 0, `empty message for ${codeOf(d)}`);
    }
  });

  test('ND30-TL-04 points at the "Về việc" line', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(editor.document.uri, hasCodes('ND30-TL-04'));
    const expected = lineStartingWith(editor.document, 'Về việc');
    const tl04 = ds.filter((d) => codeOf(d) === 'ND30-TL-04');
    assert.ok(
      tl04.some((d) => d.range.start.line === expected),
      `ND30-TL-04 on line(s) ${tl04.map((d) => d.range.start.line).join(', ')}, expected ${expected} (0-based)`,
    );
  });

  test('diagnostics follow edits: "V/v" instead of "Về việc" clears ND30-TL-04, revert brings it back', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCodes('ND30-TL-04'));
    const line = lineStartingWith(editor.document, 'Về việc');
    const start = editor.document.lineAt(line).text.indexOf('Về việc');
    try {
      const ok = await editor.edit((b) => b.replace(new vscode.Range(line, start, line, start + 'Về việc'.length), 'V/v'));
      assert.ok(ok, 'the edit was not applied');
      await waitForDiagnostics(uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'ND30-TL-04'));
      assert.ok(hasCodes('ND30-DOC-02')(thethucDiagnostics(uri)), 'unrelated findings must stay');
    } finally {
      // Leave the letter as it was for the following tests.
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(editor.document.isDirty, false);
    await waitForDiagnostics(uri, hasCodes('ND30-TL-04'));
  });
});
