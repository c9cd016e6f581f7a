// Commands of the extension. Feature commands are registered here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('thethuc.restartServer', async () => {
      const c = getClient();
      if (c) await c.restart();
    }),
  );
}
