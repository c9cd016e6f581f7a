// Screenshots of what a user sees, taken by the code-server launcher
// (scripts/e2e/run-code-server.mjs --screenshots <dir>). Runs last. Under a
// launcher that cannot capture (desktop VS Code, --no-screenshots) the tests
// are skipped (pending).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, EXTENSION_ID, codeOf, openFixture, screenshot, screenshotsAvailable, thethucDiagnostics, waitFor, waitForDiagnostics } from './helpers';

/** The extension's status bar item (DOM id "<extension id>.<item id>"). */
const STATUS_ITEM = '.statusbar-item[id$="thethuc.summary"]';
const SQUIGGLE = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

suite('screenshots', function () {
  suiteSetup(function () {
    if (!screenshotsAvailable()) this.skip();
  });

  async function showLetter(): Promise<vscode.TextEditor> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll'); // e.g. "Fixed 4 problem(s)." of the fix-all test
    const editor = await openFixture(EXAMPLE_LETTER);
    await waitForDiagnostics(editor.document.uri);
    return editor;
  }

  /** The finding to hover: "Về việc" (ND30-TL-04) when reported, else the first one with a visible range. */
  function hoverTarget(ds: vscode.Diagnostic[]): vscode.Diagnostic {
    return ds.find((d) => codeOf(d) === 'ND30-TL-04') ?? ds.find((d) => !d.range.isEmpty) ?? ds[0];
  }

  test('01 the example letter with squiggles', async () => {
    const editor = await showLetter();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const r = await screenshot({ name: '01-squiggles', waitFor: SQUIGGLE });
    assert.ok(r.ok, r.error);
  });

  test('02 the Problems panel lists the findings', async () => {
    const editor = await showLetter();
    // Only the example letter's findings: nothing left over by other tests.
    const elsewhere = () =>
      vscode.languages
        .getDiagnostics()
        .filter(([uri, ds]) => uri.toString() !== editor.document.uri.toString() && ds.some((d) => d.source === 'thethuc'))
        .map(([uri]) => uri.toString());
    await waitFor('the Problems panel to hold the example letter only', () => elsewhere().length === 0, { describe: () => elsewhere().join(', ') });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const r = await screenshot({ name: '02-problems', waitFor: '.markers-panel .monaco-list-row' });
    assert.ok(r.ok, r.error);
  });

  test('03 a hover over a diagnostic', async () => {
    const editor = await showLetter();
    const target = hoverTarget(await waitForDiagnostics(editor.document.uri));
    const pos = target.range.isEmpty ? target.range.start : target.range.start.translate(0, 1);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    const r = await screenshot({ name: '03-hover', waitFor: '.monaco-hover .hover-contents, .monaco-hover .hover-row', readText: '.monaco-hover' });
    assert.ok(r.ok, r.error);
    // Vietnamese (the default, with no thethuc.language setting):
    // the finding's message and our explanation below it.
    const shown = (r.text ?? '').replace(/\s+/g, ' ');
    assert.ok(shown.includes(target.message.replace(/\s+/g, ' ').slice(0, 40)), `hover text: ${shown}`);
    assert.match(shown, /Xem tài liệu quy tắc|Tài liệu:/, `a Vietnamese hover expected: ${shown}`);
  });

  test('04 the walkthrough opens in Vietnamese with its five steps', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#thethuc.start`, false);
    await new Promise((res) => setTimeout(res, 3000)); // let the step's Markdown page render in its webview
    const r = await screenshot({ name: '04-walkthrough', waitFor: 'iframe.webview.ready', // the step's picture (a Markdown page in a webview) is shown
      readText: '.gettingStartedContainer' });
    assert.ok(r.ok, r.error);
    // An English VS Code with default settings: the walkthrough is the extension's own (Vietnamese) text.
    const shown = (r.text ?? '').replace(/\s+/g, ' ');
    assert.match(shown, /Bắt đầu với Thể thức/, `walkthrough text: ${shown.slice(0, 400)}`);
    for (const step of ['Khai báo hồ sơ cơ quan', 'Tạo văn bản từ mẫu', 'Xem cảnh báo và sửa nhanh', 'Tự sửa khi lưu', 'Xuất văn bản Word']) assert.ok(shown.includes(step), `step "${step}" in: ${shown.slice(0, 400)}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the status bar shows the type and the counts of the letter; clicking it opens the Problems panel', async () => {
    const editor = await showLetter();
    await waitForDiagnostics(editor.document.uri);
    // "$(law) Công văn  $(error) 3  $(warning) 3  $(info) 0": the icons have no text.
    const counts = () => {
      const ds = thethucDiagnostics(editor.document.uri);
      const n = (s: vscode.DiagnosticSeverity) => ds.filter((d) => d.severity === s).length;
      const S = vscode.DiagnosticSeverity;
      return `${n(S.Error)} ${n(S.Warning)} ${n(S.Information) + n(S.Hint)}`;
    };
    let seen = '';
    await waitFor(
      'the status bar item to show the counts of the Problems panel',
      async () => {
        const r = await screenshot({ name: 'status-bar', readText: STATUS_ITEM, capture: false });
        seen = (r.text ?? r.error ?? '').replace(/\s+/g, ' ').trim();
        return r.ok && seen.endsWith(counts());
      },
      { describe: () => `"${seen}", diagnostics: ${counts()}` },
    );
    assert.match(seen, /^Công văn /i, `status bar: ${seen}`);
    // Its command opens the Problems panel.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const click = await screenshot({ name: 'status-bar-click', click: STATUS_ITEM, capture: false });
    assert.ok(click.ok, click.error);
    const problems = await screenshot({ name: 'status-bar-problems', waitFor: '.markers-panel .monaco-list-row', capture: false });
    assert.ok(problems.ok, problems.error);
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
