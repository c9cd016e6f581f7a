// The Thể thức extension in VS Code for the Web (package.json `browser`):
// the same language server, bundled for a web worker (dist/web/server.js),
// and the same commands, minus those that need the file system.

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions } from 'vscode-languageclient/browser';
import { registerCommands } from './commands';

// The web worker host's global (the project compiles without the DOM library).
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string) => ServerWorker;

/**
 * The server's web worker. From an extension served over http(s) (vscode.dev,
 * the Marketplace) the script's URL is used as it is. The web extension host
 * refuses workers from `vscode-remote:` URIs (an extension served by a remote
 * server such as code-server); there the script is fetched (the host maps
 * fetch of such URIs to its resource URL) and started from a blob URL.
 */
async function startWorker(script: vscode.Uri): Promise<ServerWorker> {
  try {
    return new Worker(script.toString(true));
  } catch (e) {
    const res = await fetch(script.toString(true));
    if (!res.ok) throw new Error(`cannot load the language server ${script.toString(true)}: HTTP ${res.status} (${e instanceof Error ? e.message : String(e)})`);
    const blob = new Blob([await res.text()], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = await startWorker(serverMain);
  const clientOptions: LanguageClientOptions = {
    // Every scheme: in the browser documents live in virtual file systems
    // (vscode-vfs, vscode-remote, memfs…) as well as untitled buffers.
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'thethuc' },
    initializationOptions: () => ({
      language: vscode.workspace.getConfiguration('thethuc').get<string>('language'),
      trusted: vscode.workspace.isTrusted,
      // Rule pages ship in the extension (docs/rules/<ID>.md).
      docsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
    }),
    diagnosticCollectionName: 'thethuc',
  };
  client = new LanguageClient('thethuc', 'Thể thức (NĐ 30/2020)', clientOptions, worker);
  registerCommands(context, () => client, { fileSystem: false });
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
