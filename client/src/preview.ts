// Print preview: a webview beside the editor that draws the letter as it will
// print — A4 sheets, the decree's margins, fonts and sizes, the header and
// signature tables — from the same layout as the Word export
// (server/src/export/html.ts). It follows the active Markdown document and
// redraws while the drafter types.

import * as vscode from 'vscode';
import type { CheckOptions } from '../../server/src/engine';
import { layoutOf, ExportSettings } from '../../server/src/export';
import { layoutToHtml } from '../../server/src/export/html';
import { tr } from './language';


type OptionsFor = (doc: vscode.TextDocument) => { opts: CheckOptions; settings: ExportSettings };

export function registerPreview(context: vscode.ExtensionContext, optionsFor: OptionsFor): void {
  let panel: vscode.WebviewPanel | undefined;
  let doc: vscode.TextDocument | undefined;
  let timer: NodeJS.Timeout | undefined;

  const render = () => {
    if (!panel || !doc) return;
    const { opts, settings } = optionsFor(doc);
    const r = layoutOf(doc.getText(), opts, settings);
    const name = doc.uri.path.split('/').pop() ?? '';
    panel.title = tr(`Bản in: ${name}`, `Print preview: ${name}`);
    panel.webview.html = layoutToHtml(r.layout, { cspSource: panel.webview.cspSource, title: name });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(render, 300);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('thethuc.showPrintPreview', async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!target || target.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(tr('Hãy mở một văn bản Markdown trước.', 'Open a Markdown document first.'));
        return;
      }
      doc = target;
      if (!panel) {
        panel = vscode.window.createWebviewPanel('thethuc.printPreview', 'Thể thức', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
        panel.onDidDispose(() => {
          panel = undefined;
          doc = undefined;
        });
      } else panel.reveal(vscode.ViewColumn.Beside, true);
      render();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && doc && e.document === doc) schedule();
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (panel && e && e.document.languageId === 'markdown' && e.document !== doc) {
        doc = e.document;
        schedule();
      }
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
