// Commands of the editor features (issue #3):
//  - thethuc.fixAll: "Thể thức: Sửa tất cả lỗi có thể sửa tự động" — asks the
//    server to run its converging fix-all on the active document (server
//    command thethuc.server.fixAll, which applies the edits through
//    workspace/applyEdit);
//  - thethuc.showRuleDoc: opens docs/rules/<RULE>.md (Markdown preview), or
//    shows the rule's description in a virtual document when the page is
//    missing. Used by the "Xem tài liệu quy tắc" code action.

import * as vscode from 'vscode';
import { tr } from './language';
import { FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND, type FixAllResult } from '../../server/src/protocol';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

const SCHEME = 'thethuc-rule';

class RuleDocProvider implements vscode.TextDocumentContentProvider {
  readonly pages = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.path) ?? '';
  }
}

export function registerFixCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const docs = new RuleDocProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, docs),

    vscode.commands.registerCommand('thethuc.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      const client = getClient();
      if (!editor || !client) {
        void vscode.window.showInformationMessage(tr('Hãy mở một văn bản Markdown trước.', 'Open a Markdown document first.'));
        return;
      }
      const doc = editor.document;
      const result = (await client.sendRequest('workspace/executeCommand', {
        command: FIX_ALL_COMMAND,
        arguments: [doc.uri.toString(), doc.version],
      })) as FixAllResult | null;
      if (result?.message) void vscode.window.showInformationMessage(result.message);
    }),

    vscode.commands.registerCommand(SHOW_RULE_DOC_COMMAND, async (ruleId: string, url?: string | null, markdown?: string) => {
      if (url) {
        const uri = vscode.Uri.parse(url);
        try {
          await vscode.workspace.fs.stat(uri);
          await vscode.commands.executeCommand('markdown.showPreview', uri);
          return;
        } catch {
          /* the page is missing: fall back to the description */
        }
      }
      const path = `/${ruleId}.md`;
      docs.pages.set(path, markdown ?? `# ${ruleId}\n`);
      const uri = vscode.Uri.from({ scheme: SCHEME, path });
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { preview: true });
      }
    }),
  );
}
