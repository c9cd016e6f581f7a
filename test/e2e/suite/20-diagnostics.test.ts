// Diagnostics: the extension activates on Markdown and publishes findings
// (source "thethuc", code = rule id) for the canonical example letter.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXAMPLE_LETTER,
  EXTENSION_ID,
  MODE,
  cliFindings,
  codeOf,
  log,
  requireRule,
  fixtureUri,
  lineStartingWith,
  openFixture,
  thethucDiagnostics,
  waitFor,
  waitForDiagnostics,
} from './helpers';

/** test/e2e/workspace/: a correct công văn, and meeting notes that are no administrative document. */
const WELL_FORMED = 'cong-van-dung-the-thuc.md';
const NOT_A_LETTER = 'ghi-chu-hop.md';

const hasCodes = (...codes: string[]) => (ds: vscode.Diagnostic[]) => codes.every((c) => ds.some((d) => codeOf(d) === c));

const SEVERITY = ['error', 'warning', 'information', 'hint'];
const normSeverity = (s: string) => (s === 'info' ? 'information' : s);

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const key = (rule: string, r: Range, sev: string) =>
  `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${normSeverity(sev)}`;
const editorKeys = (uri: vscode.Uri) =>
  thethucDiagnostics(uri)
    .map((d) => key(codeOf(d), d.range, SEVERITY[d.severity]))
    .sort();

/** Waits until the editor's findings for `uri` equal the CLI's findings for `file` (rule, range, severity). */
async function expectSameAsEngine(uri: vscode.Uri, file: string): Promise<boolean> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const engine = await cliFindings(ext, file);
  if (!engine) return false;
  const expected = engine.map((f) => key(f.ruleId, f.range, f.severity)).sort();
  await waitForDiagnostics(uri, () => JSON.stringify(editorKeys(uri)) === JSON.stringify(expected)).catch((e) => {
    assert.deepEqual(editorKeys(uri), expected, String(e));
  });
  return true;
}

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

  test('the example letter gets ND30-DOC-02 (no Quốc hiệu, no agency name)', async () => {
    const uri = fixtureUri(EXAMPLE_LETTER);
    await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(uri, hasCodes('ND30-DOC-02'));
    for (const d of ds) {
      assert.match(codeOf(d), /^ND30-[A-Z0-9]+(-[A-Z0-9]+)*$/, `rule id of ${JSON.stringify(d.message)}`);
      assert.ok(d.message.trim().length > 0, `empty message for ${codeOf(d)}`);
    }
  });

  test('the editor shows exactly what the engine (the CLI) finds', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    if (!(await expectSameAsEngine(editor.document.uri, editor.document.uri.fsPath))) {
      log('      (no comparison: the extension ships no dist/cli.js)');
    }
  });

  test('diagnostics follow unsaved edits (compared with the engine on the edited text)', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri);
    const before = editorKeys(uri);
    // Drop the "Căn cứ …" paragraph and its blank line: its findings go away,
    // the findings below it move up two lines.
    const line = lineStartingWith(editor.document, 'Căn cứ');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thethuc-e2e-edit-'));
    try {
      assert.ok(await editor.edit((b) => b.delete(new vscode.Range(line, 0, line + 2, 0))), 'the edit was not applied');
      const edited = path.join(tmp, EXAMPLE_LETTER);
      fs.writeFileSync(edited, editor.document.getText());
      await expectSameAsEngine(uri, edited);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(editor.document.isDirty, false);
    await waitForDiagnostics(uri, () => JSON.stringify(editorKeys(uri)) === JSON.stringify(before));
  });

  test('ND30-TL-04 ("Về việc" instead of "V/v") is reported on the "Về việc" line', async function () {
    await requireRule(this, 'ND30-TL-04');
    const editor = await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(editor.document.uri, hasCodes('ND30-TL-04'));
    const expected = lineStartingWith(editor.document, 'Về việc');
    const tl04 = ds.filter((d) => codeOf(d) === 'ND30-TL-04');
    assert.ok(
      tl04.some((d) => d.range.start.line === expected),
      `ND30-TL-04 on line(s) ${tl04.map((d) => d.range.start.line).join(', ')}, expected ${expected} (0-based)`,
    );
  });

  test('diagnostics follow edits: "V/v" instead of "Về việc" clears ND30-TL-04, revert brings it back', async function () {
    await requireRule(this, 'ND30-TL-04');
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

  test('a well-formed công văn gets no error or warning (same as the engine)', async () => {
    const editor = await openFixture(WELL_FORMED);
    const uri = editor.document.uri;
    // The outline comes from the same analysis as the findings: once it is
    // there, the document has been checked.
    await waitFor('document symbols of the well-formed letter', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return s && s.length > 0;
    });
    await expectSameAsEngine(uri, uri.fsPath);
    const bad = thethucDiagnostics(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(bad.map((d) => `${codeOf(d)}: ${d.message}`), []);
  });

  test('a Markdown file that is not a letter is left alone (same as the engine)', async () => {
    const editor = await openFixture(NOT_A_LETTER);
    await expectSameAsEngine(editor.document.uri, editor.document.uri.fsPath);
    assert.deepEqual(thethucDiagnostics(editor.document.uri).map(codeOf), []);
  });
});
