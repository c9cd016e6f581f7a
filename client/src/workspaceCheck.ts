// Command "Thể thức: Kiểm tra toàn bộ thư mục" (thethuc.checkWorkspace):
// finds every Markdown file of the workspace (honouring files.exclude and
// search.exclude) and asks the server to check them from disk
// (`thethuc/checkFiles`), which fills the Problems panel.

import * as vscode from 'vscode';
import { tr } from './language';
import { CheckFilesRequest, sendRequest, type CheckFilesResult } from '../../server/src/protocol';
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
      if (!client) {
        void vscode.window.showWarningMessage(tr('Thể thức: máy chủ kiểm tra chưa chạy.', 'Thể thức: the checking server is not running.'));
        return;
      }
      const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', excludeGlob());
      if (!uris.length) {
        void vscode.window.showInformationMessage(tr('Thể thức: không có tệp Markdown nào trong thư mục.', 'Thể thức: no Markdown file in the workspace.'));
        return;
      }
      uris.sort((a, b) => a.toString().localeCompare(b.toString()));
      const total: CheckFilesResult = { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failed: [] };
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: tr('Thể thức: đang kiểm tra thư mục', 'Thể thức: checking the workspace'), cancellable: true },
        async (progress, token) => {
          for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
            const batch = uris.slice(i, i + BATCH).map((u) => u.toString());
            const r = await sendRequest(client, CheckFilesRequest, { uris: batch });
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
      const msg = tr(
        `Thể thức: đã kiểm tra ${total.checked} tệp: ${total.errors} lỗi, ${total.warnings} cảnh báo, ${total.infos} thông tin.`,
        `Thể thức: ${total.checked} file(s) checked: ${total.errors} error(s), ${total.warnings} warning(s), ${total.infos} information.`,
      );
      const fail = total.failed.length ? tr(` Không đọc được ${total.failed.length} tệp.`, ` ${total.failed.length} file(s) could not be read.`) : '';
      const open = tr('Mở Problems', 'Open Problems');
      const pick = await vscode.window.showInformationMessage(msg + fail, open);
      if (pick === open) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
}
