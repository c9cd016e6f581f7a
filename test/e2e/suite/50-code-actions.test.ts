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
  fixtureUri,
  lineStartingWith,
  openFixture,
  requireRule,
  revertAndClose,
  thethucDiagnostics,
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

/** Text of every edit of a code action (its WorkspaceEdit), joined. */
function editText(action: vscode.CodeAction): string {
  return (action.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText)).join('\n');
}

/** The finding to disable in the example letter: ND30-TL-04 when reported, else the first one not about the whole document. */
function pickFinding(ds: vscode.Diagnostic[], prefer: string): vscode.Diagnostic | undefined {
  return ds.find((d) => codeOf(d) === prefer) ?? ds.find((d) => !['ND30-DOC-02', 'VB-DISABLE-01'].includes(codeOf(d)) && !d.range.isEmpty);
}

/**
 * Applies the "Tắt <RULE> cho dòng này / cho cả tệp" action of a finding of
 * the example letter (`prefer`'s, else the first one not about the whole
 * document), recognised by its Vietnamese title (the launcher sets
 * the default language, Vietnamese) and by the comment its edit inserts. Then waits for
 * the findings of the edited document: exactly the findings before, less those
 * of the rule on the finding's line (scope "line") or in the whole file (scope
 * "file"). So the finding is gone, every other one stays and no VB-DISABLE-01
 * ("the comment suppresses nothing") appears. Returns the rule id.
 */
async function disableAndCheck(doc: vscode.TextDocument, prefer: string, scope: 'line' | 'file'): Promise<string> {
  let seen = '';
  // The server offers quick fixes only for the findings of the document's
  // current version: retry until the diagnostics and the actions agree
  // (right after a revert the diagnostics may still be the previous ones).
  const { action, before, target } = await waitFor(
    `the "Tắt …" ${scope} action`,
    async () => {
      const ds = thethucDiagnostics(doc.uri);
      const t = pickFinding(ds, prefer);
      if (!t) return undefined;
      const rule = codeOf(t);
      const title = scope === 'line' ? `Tắt ${rule} cho dòng này` : `Tắt ${rule} cho cả tệp`;
      const actions = await codeActions(doc.uri, t.range, vscode.CodeActionKind.QuickFix.value);
      seen = `${title} among: ${actions.map((a) => `${a.title} [${editText(a)}]`).join(' | ')}`;
      const found = actions.find((a) => a.title === title);
      return found && { action: found, before: ds, target: t };
    },
    { describe: () => seen },
  );
  const rule = codeOf(target);
  const comment = scope === 'line' ? new RegExp(`<!-- thethuc-disable-(next-)?line ${rule} -->`) : new RegExp(`^<!-- thethuc-disable ${rule} -->`, 'm');
  assert.match(editText(action), comment);
  const removed = (d: vscode.Diagnostic) => codeOf(d) === rule && (scope === 'file' || d.range.start.line === target.range.start.line);
  const expected = before.filter((d) => !removed(d)).map(codeOf).sort();
  assert.ok(expected.length < before.length);

  const version = doc.version;
  await apply(action);
  assert.ok(doc.version > version, 'the document did not change');
  assert.match(doc.getText(), comment);
  await waitForDiagnostics(doc.uri, (all) => JSON.stringify(all.map(codeOf).sort()) === JSON.stringify(expected));
  return rule;
}

/**
 * An untitled copy of the example letter, checked. A new document, so that its
 * first findings are surely those of its text: right after a revert the
 * example letter itself may still show the findings of the edited version.
 */
async function letterCopy(): Promise<vscode.TextDocument> {
  const text = (await vscode.workspace.openTextDocument(fixtureUri(EXAMPLE_LETTER))).getText();
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
  await waitForDiagnostics(doc.uri);
  return doc;
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
      // The fix itself, not "disable for this line" or "show documentation": an edit that is
      // no disable comment (fix edits are minimal: "Về việc" → "V/v" replaces "ề việc" by "/v").
      const fix = actions.find((a) => a.edit && a.edit.entries().some(([, edits]) => edits.length > 0 && edits.every((e) => !e.newText.includes('thethuc-disable'))));
      assert.ok(fix, `no quick fix for ND30-TL-04 among: ${actions.map((a) => a.title).join(' | ')}`);
      await apply(fix);
      const line = doc.lineAt(tl04.range.start.line).text;
      assert.match(line, /^V\/v /, `line after the fix: ${line}`);
      await waitForDiagnostics(doc.uri, (all) => all.length > 0 && !all.some((d) => codeOf(d) === 'ND30-TL-04'));
    } finally {
      await revertAndClose(doc);
    }
  });

  test('"Tắt <RULE> cho dòng này" adds a disable-next-line comment: the finding goes, no VB-DISABLE-01', async () => {
    const doc = await letterCopy();
    try {
      await disableAndCheck(doc, 'ND30-TL-04', 'line');
    } finally {
      await revertAndClose(doc);
    }
  });

  test('"Tắt <RULE> cho cả tệp" adds a file-wide disable comment: every finding of the rule goes, no VB-DISABLE-01', async () => {
    const doc = await letterCopy();
    try {
      // ND30-CC-03 is reported twice in the letter: both must go.
      const rule = await disableAndCheck(doc, 'ND30-CC-03', 'file');
      assert.equal(lineStartingWith(doc, `<!-- thethuc-disable ${rule}`), 0, 'the comment goes on the first line');
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
