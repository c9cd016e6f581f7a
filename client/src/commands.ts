// Commands of the extension. Feature commands are registered here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import { registerNewDocument } from './newDocument';
import { registerFixCommands } from './fixCommands';
import { registerWorkspaceCheck } from './workspaceCheck';
import { registerStatusBar } from './statusBar';
import { registerExport } from './exportDocx';

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  registerNewDocument(context);
  registerFixCommands(context, getClient);
  registerWorkspaceCheck(context, getClient);
  registerStatusBar(context, getClient);
  registerExport(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('thethuc.restartServer', async () => {
      const c = getClient();
      if (c) await c.restart();
    }),
  );
}
