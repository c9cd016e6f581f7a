// Command "Thể thức: Kiểm tra toàn bộ thư mục" (thethuc.checkWorkspace):
// finds every Markdown file of the workspace (honouring files.exclude and
// search.exclude) and asks the server to check them from disk
// (`thethuc/checkFiles`), which fills the Problems panel.

import * as vscode from 'vscode';
import { isEnglish } from './language';
import type { CheckFilesResult } from '../../server/src/protocol';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';


const BATCH = 25;

function excludeGlob(): string | undefined {
  const globs = new Set<string>(['**/node_modules/**', '**/.git/**']);
  for (const section of ['files.exclude', 'search.exclude']) {
    const obj = vscode.workspace.getConfiguration().get<Record<string, boolean>>(section) ?? {};
    for (const [g, on] of Object.entries(obj)) if (on === true) globs.add(g);
  }
  return globs.size ? `{${[...globs].join(',')}}` : undefined;
}

export function registerWorkspaceCheck(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('thethuc.checkWorkspace', async () => {
      const client = getClient();
      const en = isEnglish();
      if (!client) {
        void vscode.window.showWarningMessage(en ? 'Thể thức: the checking server is not running.' : 'Thể thức: máy chủ kiểm tra chưa chạy.');
        return;
      }
      const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', excludeGlob());
      if (!uris.length) {
        void vscode.window.showInformationMessage(en ? 'Thể thức: no Markdown file in the workspace.' : 'Thể thức: không có tệp Markdown nào trong thư mục.');
        return;
      }
      uris.sort((a, b) => a.toString().localeCompare(b.toString()));
      const total: CheckFilesResult = { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failed: [] };
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: en ? 'Thể thức: checking the workspace' : 'Thể thức: đang kiểm tra thư mục', cancellable: true },
        async (progress, token) => {
          for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
            const batch = uris.slice(i, i + BATCH).map((u) => u.toString());
            const r = await client.sendRequest<CheckFilesResult>('thethuc/checkFiles', { uris: batch });
            total.checked += r.checked;
            total.skipped += r.skipped;
            total.errors += r.errors;
            total.warnings += r.warnings;
            total.infos += r.infos;
            total.failed.push(...r.failed);
            progress.report({ increment: (batch.length / uris.length) * 100, message: `${Math.min(i + BATCH, uris.length)}/${uris.length}` });
          }
        },
      );
      const msg = en
        ? `Thể thức: ${total.checked} file(s) checked: ${total.errors} error(s), ${total.warnings} warning(s), ${total.infos} information.`
        : `Thể thức: đã kiểm tra ${total.checked} tệp: ${total.errors} lỗi, ${total.warnings} cảnh báo, ${total.infos} thông tin.`;
      const fail = total.failed.length ? (en ? ` ${total.failed.length} file(s) could not be read.` : ` Không đọc được ${total.failed.length} tệp.`) : '';
      const open = en ? 'Open Problems' : 'Mở Problems';
      const pick = await vscode.window.showInformationMessage(msg + fail, open);
      if (pick === open) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
}
