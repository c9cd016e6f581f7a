// Settings (section "thethuc"): changes apply to open documents without a reload.
// Each test writes workspace settings (.vscode/settings.json of the temp copy
// of the test workspace) and restores them afterwards.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_LETTER, codeOf, openFixture, waitForDiagnostics } from './helpers';

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
});
