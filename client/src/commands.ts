// Commands of the extension. Feature commands are registered here, for both
// hosts: the desktop extension (extension.ts, Node language server) and the
// web extension (browserExtension.ts, language server in a web worker).

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

import { registerNewDocument } from './newDocument';
import { registerFixCommands } from './fixCommands';
import { registerWorkspaceCheck } from './workspaceCheck';
import { registerStatusBar } from './statusBar';
import { tr } from './language';

export interface CommandHost {
  /** The server can read the workspace's files (Node); false in the web worker. */
  fileSystem: boolean;
}

export function registerCommands(context: vscode.ExtensionContext, getClient: () => BaseLanguageClient | undefined, host: CommandHost = { fileSystem: true }): void {
  registerNewDocument(context);
  registerFixCommands(context, getClient);
  if (host.fileSystem) registerWorkspaceCheck(context, getClient);
  else {
    // Contributed in package.json for both hosts: say why they do nothing here.
    const desktopOnly = (command: string, vi: string, en: string) =>
      context.subscriptions.push(vscode.commands.registerCommand(command, () => void vscode.window.showInformationMessage(`Thể thức: ${tr(vi, en)}`)));
    desktopOnly(
      'thethuc.checkWorkspace',
      'kiểm tra cả thư mục cần VS Code bản cài đặt (hoặc CLI); trên trình duyệt, các văn bản đang mở vẫn được kiểm tra.',
      'checking a whole folder needs the desktop VS Code (or the CLI); in the browser, open documents are checked.',
    );
    desktopOnly('thethuc.exportDocx', 'xuất văn bản Word cần VS Code bản cài đặt (hoặc CLI: thethuc export).', 'the Word export needs the desktop VS Code (or the CLI: thethuc export).');
    desktopOnly('thethuc.showPrintPreview', 'xem trước bản in cần VS Code bản cài đặt.', 'the print preview needs the desktop VS Code.');
  }
  registerStatusBar(context, getClient);
  context.subscriptions.push(
    vscode.commands.registerCommand('thethuc.restartServer', async () => {
      const c = getClient() as (BaseLanguageClient & { restart?(): Promise<void> }) | undefined;
      if (!c) return;
      if (c.restart) await c.restart(); // Node client
      else {
        if (c.isRunning()) await c.stop();
        await c.start();
      }
    }),
  );
}
