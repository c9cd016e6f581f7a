// The Thể thức VS Code extension: starts the language server over IPC and
// contributes commands. Thin by design: the checks live in the server.

import * as vscode from 'vscode';
import * as path from 'node:path';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerExport } from './exportDocx';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'thethuc' },
    // The server reads the same `thethuc.language` setting; in restricted mode
    // (untrusted workspace) it ignores the workspace's .thethuc.jsonc files.
    initializationOptions: () => ({
      language: vscode.workspace.getConfiguration('thethuc').get<string>('language'),
      trusted: vscode.workspace.isTrusted,
    }),
    diagnosticCollectionName: 'thethuc',
  };
  client = new LanguageClient('thethuc', 'Thể thức (NĐ 30/2020)', serverOptions, clientOptions);
  registerCommands(context, () => client, { fileSystem: true });
  // Word export and print preview read the workspace's files: desktop only.
  registerExport(context);
  // Trust granted: restart so the workspace configuration is read.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
