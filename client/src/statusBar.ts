// Status-bar item: the detected document type and the findings of the active
// letter, from the server's `thethuc/summary` request; refreshed when the
// active editor or its diagnostics change.

import * as vscode from 'vscode';
import { tr } from './language';
import { sendRequest, SummaryRequest, type SummaryResult } from '../../server/src/protocol';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';


const REGIME: Record<string, string> = { 'hanh-chinh': 'hành chính', vbqppl: 'VBQPPL', dang: 'Đảng' };

export function registerStatusBar(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const item = vscode.window.createStatusBarItem('thethuc.summary', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Thể thức';
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;
  let seq = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const enabled = vscode.workspace.getConfiguration('thethuc').get<boolean>('statusBar', true);
    const client = getClient();
    if (!enabled || !editor || editor.document.languageId !== 'markdown' || !client || !client.isRunning()) {
      item.hide();
      return;
    }
    const my = ++seq;
    let s: SummaryResult;
    try {
      s = await sendRequest(client, SummaryRequest, { uri: editor.document.uri.toString() });
    } catch {
      item.hide();
      return;
    }
    if (my !== seq) return; // a newer update is on its way
    if (!s.isDocument) {
      item.hide();
      return;
    }
    const name = s.typeName ?? tr('văn bản', 'document');
    item.text = `$(law) ${name}  $(error) ${s.errors}  $(warning) ${s.warnings}  $(info) ${s.infos}`;
    item.tooltip = tr(
      `Thể thức: ${name} (văn bản ${REGIME[s.regime ?? ''] ?? s.regime ?? ''}): ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin. Bấm để mở Problems.`,
      `Thể thức: ${name} (${s.regime ?? ''}): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} information. Click to open Problems.`,
    );
    item.show();
  };
  const soon = (ms = 150) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), ms);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => soon(0)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('thethuc')) soon();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  soon(500);
}
