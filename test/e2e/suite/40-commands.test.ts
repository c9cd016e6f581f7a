// Commands contributed by the extension.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  EXAMPLE_LETTER,
  codeOf,
  openFixture,
  thethucDiagnostics,
  waitFor,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const key = (rule: string, r: Range) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Every tab of every editor group. */
const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);

/** The tab of a Markdown preview whose label names `ruleId` (e.g. "Preview ND30-TL-04.md"). */
function previewTab(ruleId: string): vscode.Tab | undefined {
  return allTabs().find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes(ruleId));
}

/**
 * Runs thethuc.checkWorkspace without waiting for it: the command resolves
 * only once its summary notification is dismissed.
 */
function checkWorkspace(): void {
  vscode.commands.executeCommand('thethuc.checkWorkspace').then(undefined, () => undefined);
}

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

  test('"Kiểm tra toàn bộ thư mục" (thethuc.checkWorkspace) fills the findings of a letter nobody opened', async () => {
    // The example letter open in an editor: what the server finds in it.
    const example = (await openFixture(EXAMPLE_LETTER)).document;
    const exampleKeys = () => thethucDiagnostics(example.uri).map((d) => key(codeOf(d), d.range)).sort();
    await waitForDiagnostics(example.uri, (ds) => ds.some((d) => codeOf(d) === 'ND30-DOC-02'));
    // A copy of it, written to disk only (never opened in an editor).
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'kiem-tra-thu-muc');
    const file = vscode.Uri.joinPath(dir, 'cong-van-chua-mo.md');
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.writeFileSync(file.fsPath, example.getText());
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString());
    try {
      assert.deepEqual(thethucDiagnostics(file), []);
      await waitFor('the new letter to be found by findFiles', async () => (await vscode.workspace.findFiles('**/cong-van-chua-mo.md')).length > 0);
      checkWorkspace();
      // Checked from disk, the copy gets the same findings as the open letter.
      await waitForDiagnostics(file, (all) => all.length > 0 && JSON.stringify(all.map((d) => key(codeOf(d), d.range)).sort()) === JSON.stringify(exampleKeys()));
      assert.equal(isOpen(), false, 'the command must check the file from disk, not open it');
    } finally {
      // Take its findings out of the Problems panel before deleting it: once
      // it is no letter, checking the folder again publishes no finding for it.
      if (thethucDiagnostics(file).length) {
        fs.writeFileSync(file.fsPath, '# Ghi chú\n');
        await vscode.commands.executeCommand('notifications.clearAll');
        checkWorkspace();
        await waitForDiagnostics(file, (all) => all.length === 0).catch(() => undefined);
      }
      await vscode.commands.executeCommand('notifications.clearAll');
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });

  test('"Xem tài liệu quy tắc" (the code action running thethuc.showRuleDoc) opens the rule page in the Markdown preview', async () => {
    const editor = await openFixture(EXAMPLE_LETTER);
    const ds = await waitForDiagnostics(editor.document.uri);
    const target = ds.find((d) => codeOf(d) === 'ND30-TL-04') ?? ds[0];
    const rule = codeOf(target);
    let seen: string[] = [];
    // Retried: the server answers for the findings of the current version only.
    const docAction = await waitFor(
      `a "Xem tài liệu quy tắc" action for ${rule}`,
      async () => {
        const actions =
          (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, target.range, vscode.CodeActionKind.QuickFix.value)) ??
          [];
        seen = actions.map((a) => a.title);
        return actions.find((a) => a.command?.command === 'thethuc.showRuleDoc' && a.command.arguments?.[0] === rule);
      },
      { describe: () => seen.join(' | ') },
    );
    assert.ok(docAction.command);
    assert.equal(docAction.title, `Xem tài liệu quy tắc ${rule}`);
    const [, url] = docAction.command.arguments as [string, string | null, string];
    assert.ok(url, `the extension should ship docs/rules/${rule}.md`);
    assert.ok(fs.existsSync(vscode.Uri.parse(url).fsPath), `${url} does not exist`);
    await vscode.commands.executeCommand(docAction.command.command, ...(docAction.command.arguments ?? []));
    const tab = await waitFor(`a Markdown preview of ${rule}.md`, () => previewTab(rule), {
      describe: () => allTabs().map((t) => t.label).join(', '),
    });
    await vscode.window.tabGroups.close(tab);
  });

  test('thethuc.showRuleDoc without a page shows the rule description instead (fallback)', async () => {
    const rule = 'ND30-E2E-99';
    const markdown = `# ${rule}: quy tắc thử\n\nMô tả của quy tắc khi không có trang tài liệu.\n`;
    await vscode.commands.executeCommand('thethuc.showRuleDoc', rule, vscode.Uri.file('/nonexistent/thethuc/docs/rules/' + rule + '.md').toString(), markdown);
    const tab = await waitFor(`a preview (or editor) of the description of ${rule}`, () => previewTab(rule) ?? allTabs().find((t) => t.label.includes(rule)), {
      describe: () => allTabs().map((t) => t.label).join(', '),
    });
    // The virtual document behind it holds the description.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'thethuc-rule', path: `/${rule}.md` }));
    assert.equal(doc.getText(), markdown);
    await vscode.window.tabGroups.close(tab);
  });
});
