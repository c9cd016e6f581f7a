// Code actions: the quick fix of a finding, and the converging fix-all
// (command thethuc.fixAll and the source.fixAll.thethuc code action kind).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXAMPLE_LETTER,
  EXTENSION_ID,
  cliFindings,
  codeOf,
  openFixture,
  requireRule,
  revertAndClose,
  waitFor,
  waitForDiagnostics,
} from './helpers';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // The 4th argument resolves lazily computed edits (codeAction/resolve).
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 50)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'title' in a && ('edit' in a || 'kind' in a || 'diagnostics' in a));
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `could not apply "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('code actions', () => {
  test('the quick fix of ND30-TL-04 turns "Về việc" into "V/v" and the finding goes away', async function () {
    await requireRule(this, 'ND30-TL-04');
    const editor = await openFixture(EXAMPLE_LETTER);
    const doc = editor.document;
    try {
      const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'ND30-TL-04'));
      const tl04 = ds.find((d) => codeOf(d) === 'ND30-TL-04')!;
      const actions = await codeActions(doc.uri, tl04.range, vscode.CodeActionKind.QuickFix.value);
      // The fix itself, not "disable for this line" or "show documentation".
      const fix = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes('V/v'))));
      assert.ok(fix, `no quick fix for ND30-TL-04 among: ${actions.map((a) => a.title).join(' | ')}`);
      await apply(fix);
      const line = doc.lineAt(tl04.range.start.line).text;
      assert.match(line, /^V\/v /, `line after the fix: ${line}`);
      await waitForDiagnostics(doc.uri, (all) => all.length > 0 && !all.some((d) => codeOf(d) === 'ND30-TL-04'));
    } finally {
      await revertAndClose(doc);
    }
  });

  test('a source.fixAll.thethuc action is offered for the letter', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    await waitForDiagnostics(editor.document.uri);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await waitFor('a source.fixAll.thethuc code action', async () => {
      const found = await codeActions(editor.document.uri, whole, 'source.fixAll.thethuc');
      return found.length > 0 ? found : undefined;
    });
    assert.ok(actions.every((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind)));
  });

  test('"Sửa tất cả" (thethuc.fixAll) leaves no fixable finding behind', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const doc = editor.document;
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thethuc-e2e-fixall-'));
    try {
      const before = doc.getText();
      const engineBefore = await cliFindings(ext, doc.uri.fsPath);
      if (engineBefore) assert.ok(engineBefore.some((f) => (f as { fixable?: boolean }).fixable), 'the example letter should have fixable findings');
      await waitForDiagnostics(doc.uri);
      await vscode.commands.executeCommand('thethuc.fixAll');
      await waitFor('the fix-all edits', () => doc.getText() !== before);
      // Lint the fixed text again (markdownlint's rule): nothing fixable may remain.
      const fixed = path.join(tmp, EXAMPLE_LETTER);
      fs.writeFileSync(fixed, doc.getText());
      const after = await cliFindings(ext, fixed);
      if (after) {
        const left = after.filter((f) => (f as { fixable?: boolean }).fixable);
        assert.deepEqual(left.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`), []);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
      await revertAndClose(doc);
    }
  });
});
