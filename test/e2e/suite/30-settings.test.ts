// Settings (section "thethuc"): changes apply to open documents without a reload.
// The launchers leave thethuc.language unset in an English VS Code: the
// default must be Vietnamese.
// Each test writes workspace settings (.vscode/settings.json of the temp copy
// of the test workspace) and restores them afterwards.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXAMPLE_LETTER,
  EXTENSION_ID,
  cliFindings,
  codeOf,
  describeDiagnostics,
  hoverText,
  openFixture,
  thethucDiagnostics,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const DOC02 = 'ND30-DOC-02';

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('thethuc').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('settings', () => {
  let uri: vscode.Uri;

  suiteSetup(async () => {
    uri = (await openFixture(EXAMPLE_LETTER)).document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === DOC02));
  });

  teardown(async () => {
    for (const k of ['enable', 'rules', 'language']) await setSetting(k, undefined);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === DOC02 && d.severity === vscode.DiagnosticSeverity.Error));
  });

  test('default settings in an English VS Code: the messages are Vietnamese', async () => {
    assert.match(vscode.env.language, /^en/, 'the host runs in English');
    const inspected = vscode.workspace.getConfiguration('thethuc').inspect('language');
    assert.equal(inspected?.globalValue, undefined, 'no user value for thethuc.language');
    assert.equal(inspected?.workspaceValue, undefined, 'no workspace value for thethuc.language');
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === DOC02));
    const doc02 = ds.filter((d) => codeOf(d) === DOC02);
    assert.ok(doc02.every((d) => /Thiếu/.test(d.message)), `Vietnamese messages expected, got ${describeDiagnostics(doc02)}`);
  });

  test('thethuc.enable = false removes the findings, true brings them back', async () => {
    await setSetting('enable', false);
    await waitForDiagnostics(uri, (ds) => ds.length === 0);
    await setSetting('enable', true);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === DOC02));
  });

  test('thethuc.rules turns a rule off', async () => {
    await setSetting('rules', { [DOC02]: 'off' });
    const ds = await waitForDiagnostics(uri, (all) => all.length > 0 && !all.some((d) => codeOf(d) === DOC02));
    assert.ok(ds.every((d) => codeOf(d) !== DOC02));
  });

  test('thethuc.rules overrides a severity', async () => {
    await setSetting('rules', { [DOC02]: 'hint' });
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === DOC02));
    await waitForDiagnostics(uri, (all) => all.filter((d) => codeOf(d) === DOC02).every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    assert.ok(ds.length > 0);
  });

  test('thethuc.language switches the messages between Vietnamese and English', async () => {
    const doc02 = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === DOC02).map((d) => d.message);
    await setSetting('language', 'vi');
    const vi = doc02(await waitForDiagnostics(uri, (ds) => doc02(ds).some((m) => /Thiếu/.test(m))));
    await setSetting('language', 'en');
    const en = doc02(await waitForDiagnostics(uri, (ds) => doc02(ds).length > 0 && doc02(ds).every((m) => !vi.includes(m))));
    assert.notDeepEqual(en, vi);
    assert.ok(en.every((m) => !/Thiếu/.test(m)), `English messages expected, got ${JSON.stringify(en)}`);
  });

  test('thethuc.language = "vi": every message is the engine\'s Vietnamese one, and so are the hover and the code actions', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // Vietnamese messages of the engine (the CLI with --lang vi), by rule and range.
    const engine = await cliFindings(ext, uri.fsPath);
    const at = (rule: string, r: vscode.Range | { start: { line: number; character: number } }) => `${rule}@${r.start.line}:${r.start.character}`;
    const messages = (ds: vscode.Diagnostic[]) => ds.map((d) => `${at(codeOf(d), d.range)} ${d.message}`).sort();
    await setSetting('language', 'en');
    const en = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === DOC02 && !/Thiếu/.test(d.message)));
    await setSetting('language', 'vi');
    if (engine) {
      const expected = engine.map((f) => `${at(f.ruleId, f.range)} ${f.message}`).sort();
      await waitFor('the Vietnamese messages of the engine', () => JSON.stringify(messages(thethucDiagnostics(uri))) === JSON.stringify(expected), {
        describe: () => JSON.stringify(messages(thethucDiagnostics(uri))),
      });
    }
    const vi = await waitForDiagnostics(uri, (ds) => ds.length === en.length && ds.some((d) => codeOf(d) === DOC02 && /Thiếu/.test(d.message)));
    assert.ok(vi.every((d) => !en.some((e) => e.message === d.message)), `every message must change: ${describeDiagnostics(vi)}`);

    // The hover of a finding and the titles of its code actions.
    const target = vi.find((d) => codeOf(d) === 'ND30-TL-04') ?? vi.find((d) => !d.range.isEmpty) ?? vi[0];
    const rule = codeOf(target);
    const hover = await waitFor(`a Vietnamese hover for ${rule}`, async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, target.range.start)) ?? [];
      const text = hoverText(hovers);
      return text.includes(rule) && /Xem tài liệu quy tắc|Tài liệu:/.test(text) ? text : undefined;
    });
    assert.doesNotMatch(hover, /Rule documentation|Quick fix:|Correct:/);
    const wanted = [`Tắt ${rule} cho dòng này`, `Tắt ${rule} cho cả tệp`, `Xem tài liệu quy tắc ${rule}`];
    let titles: string[] = [];
    await waitFor(
      'the Vietnamese code action titles',
      async () => {
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
        titles = actions.map((a) => a.title);
        return wanted.every((t) => titles.includes(t));
      },
      { describe: () => `wanted ${wanted.join(' | ')}; got ${titles.join(' | ')}` },
    );
  });
});
