// The team configuration file `.thethuc.jsonc`: the nearest one above a
// letter applies to it (here: a rule turned off), and an invalid one gets its
// problems as diagnostics on itself. Everything happens in a folder of its own
// inside the (temp) test workspace, so the other letters are not affected, and
// is removed at the end.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, codeOf, fixtureUri, thethucDiagnostics, waitForDiagnostics, workspaceRoot } from './helpers';

const DOC02 = 'ND30-DOC-02';

suite('config file (.thethuc.jsonc)', () => {
  let dir: vscode.Uri;
  let config: vscode.Uri;
  let doc: vscode.TextDocument;

  /** Writes the config file; the server notices through its file watcher (or the file's mtime). */
  function writeConfig(text: string): void {
    fs.writeFileSync(config.fsPath + '.tmp', text);
    fs.renameSync(config.fsPath + '.tmp', config.fsPath);
  }

  suiteSetup(async () => {
    dir = vscode.Uri.joinPath(workspaceRoot(), 'cau-hinh');
    config = vscode.Uri.joinPath(dir, '.thethuc.jsonc');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    const letter = vscode.Uri.joinPath(dir, 'cong-van.md');
    fs.copyFileSync(fixtureUri(EXAMPLE_LETTER).fsPath, letter.fsPath);
    fs.chmodSync(letter.fsPath, 0o644);
    doc = await vscode.workspace.openTextDocument(letter);
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === DOC02));
  });

  suiteTeardown(async () => {
    if (!doc) return;
    // A valid file first: its diagnostics go away while the letter is open
    // (the server re-reads the configuration when it checks the letter).
    if (fs.existsSync(config.fsPath)) {
      writeConfig('{}\n');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === DOC02)).catch(() => undefined);
      await waitForDiagnostics(config, (ds) => ds.length === 0).catch(() => undefined);
    }
    // Empty the letter and save it: its findings leave the Problems panel now
    // (closing an editor does not close its document right away).
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.delete(new vscode.Range(0, 0, doc.lineCount, 0)));
    await doc.save();
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0).catch(() => undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(dir.fsPath, { recursive: true, force: true });
  });

  test('"rules": { "ND30-DOC-02": "off" } in the folder\'s .thethuc.jsonc removes that rule\'s findings, and only those', async () => {
    const before = thethucDiagnostics(doc.uri).filter((d) => codeOf(d) !== DOC02).map(codeOf).sort();
    writeConfig(`{\n  // e2e: turn one rule off for this folder\n  "rules": { "${DOC02}": "off" }\n}\n`);
    await waitForDiagnostics(doc.uri, (ds) => JSON.stringify(ds.map(codeOf).sort()) === JSON.stringify(before));
    assert.deepEqual(thethucDiagnostics(config), [], 'a valid configuration has no problems');
    // Back on: removing the rule from the file brings the findings back.
    writeConfig('{\n  "rules": {}\n}\n');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === DOC02));
  });

  test('an invalid .thethuc.jsonc gets a diagnostic on itself, at the faulty value', async () => {
    const text = `{\n  "rules": {\n    "${DOC02}": "tắt"\n  }\n}\n`;
    writeConfig(text);
    // The checks go on (with what is valid) …
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === DOC02));
    // … and the problem shows on the config file.
    const ds = await waitForDiagnostics(config, (all) => all.length > 0);
    const d = ds[0];
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error, `severity of "${d.message}"`);
    assert.match(d.message, new RegExp(DOC02));
    const line = text.split('\n').findIndex((l) => l.includes('"tắt"'));
    assert.equal(d.range.start.line, line, `the diagnostic should be on the faulty line: ${d.message} @${d.range.start.line}`);
    assert.equal(vscode.workspace.textDocuments.some((t) => t.uri.toString() === config.toString()), false, 'reported without opening the file');
  });
});
