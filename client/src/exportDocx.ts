// Word export and print preview (issue #12):
//  - thethuc.exportDocx: "Thể thức: Xuất văn bản Word" — writes <name>.docx
//    beside the letter in the layout of Phụ lục I; when the letter still has
//    format errors it lists them and asks before exporting; offers the PDF
//    when LibreOffice is installed.
//  - thethuc.showPrintPreview: "Thể thức: Xem trước bản in" — see preview.ts.
// The export runs in the extension host on the engine's model (pure
// TypeScript, no native code), with the rules and `export` section of the
// nearest .thethuc.jsonc.

import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import type { CheckOptions } from '../../server/src/engine';
import { configToOptions, findConfigFile, loadConfigFile } from '../../server/src/config';
import { exportDocx, exportSettingsFrom, ExportSettings, findSoffice, NoLibreOfficeError, toPdf } from '../../server/src/export';
import { clientLang, tr } from './language';
import { registerPreview } from './preview';


/** Rule levels and export settings for a document: the nearest .thethuc.jsonc, then the `thethuc.rules` setting. */
export function exportOptions(doc: vscode.TextDocument): { opts: CheckOptions; settings: ExportSettings } {
  let opts: CheckOptions = { lang: clientLang() };
  let settings: ExportSettings = {};
  if (doc.uri.scheme === 'file') {
    try {
      const file = findConfigFile(dirname(doc.uri.fsPath));
      if (file) {
        opts = { ...opts, ...configToOptions(loadConfigFile(file).config) };
        settings = exportSettingsFrom((parseJsonc(readFileSync(file, 'utf8')) as Record<string, unknown> | undefined)?.export);
      }
    } catch {
      // A broken configuration is reported by the language server; export with the defaults.
    }
  }
  const rules = vscode.workspace.getConfiguration('thethuc', doc.uri).get<Record<string, string>>('rules');
  if (rules && Object.keys(rules).length) opts = { ...opts, rules: { ...(opts.rules ?? {}), ...rules } as CheckOptions['rules'] };
  return { opts, settings };
}

async function documentFor(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.languageId === 'markdown' ? doc : undefined;
}

/**
 * The command. Arguments (for the editor-title button and for tests): the
 * document's URI, and `{ force: true }` to export without asking, `{ target }`
 * to choose the output file. Returns the URI written, or undefined.
 */
async function exportCommand(uri?: vscode.Uri, options: { force?: boolean; target?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
  const doc = await documentFor(uri);
  if (!doc) {
    void vscode.window.showInformationMessage(tr('Hãy mở một văn bản Markdown trước.', 'Open a Markdown document first.'));
    return undefined;
  }
  const { opts, settings } = exportOptions(doc);
  const r = await exportDocx(doc.getText(), opts, settings);
  const go = tr('Vẫn xuất', 'Export anyway');
  if (!r.isDocument && !options.force) {
    const a = await vscode.window.showWarningMessage(
      tr('Tệp này không giống văn bản hành chính (không thấy Quốc hiệu, số, ngày, nơi nhận…).', 'This file does not look like an administrative document (no Quốc hiệu, number, date, recipients…).'),
      go,
    );
    if (a !== go) return undefined;
  }
  if (r.errors.length && !options.force) {
    const list = r.errors
      .slice(0, 3)
      .map((f) => `${f.range.start.line + 1}: ${f.message}`)
      .join('\n');
    const more = r.errors.length > 3 ? tr(`\n… và ${r.errors.length - 3} lỗi khác`, `\n… and ${r.errors.length - 3} more`) : '';
    const show = tr('Xem lỗi', 'Show problems');
    const a = await vscode.window.showWarningMessage(
      tr(`Văn bản còn ${r.errors.length} lỗi thể thức. Xuất văn bản Word?`, `The letter has ${r.errors.length} format error(s). Export to Word?`),
      { modal: true, detail: list + more },
      go,
      show,
    );
    if (a === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (a !== go) return undefined;
  }
  let target = options.target;
  if (!target) {
    if (doc.uri.scheme === 'file') target = vscode.Uri.file(doc.uri.fsPath.replace(/\.(md|markdown)$/i, '') + '.docx');
    else {
      target = await vscode.window.showSaveDialog({ filters: { 'Word': ['docx'] }, saveLabel: tr('Xuất', 'Export') });
      if (!target) return undefined;
    }
  }
  try {
    await vscode.workspace.fs.writeFile(target, r.docx);
  } catch (e) {
    void vscode.window.showErrorMessage(tr(`Không ghi được ${target.fsPath}: ${(e as Error).message}`, `Cannot write ${target.fsPath}: ${(e as Error).message}`));
    return undefined;
  }
  if (!options.force) void afterExport(target);
  return target;
}

async function afterExport(target: vscode.Uri): Promise<void> {
  const open = tr('Mở tệp', 'Open');
  const pdf = tr('Tạo PDF', 'Make PDF');
  const actions = target.scheme === 'file' ? (findSoffice() ? [open, pdf] : [open]) : [];
  const a = await vscode.window.showInformationMessage(tr(`Đã xuất văn bản Word: ${target.fsPath}`, `Exported to Word: ${target.fsPath}`), ...actions);
  if (a === open) await vscode.env.openExternal(target);
  if (a === pdf) {
    try {
      const out = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: tr('Đang tạo PDF bằng LibreOffice…', 'Making the PDF with LibreOffice…') },
        () => toPdf(target.fsPath),
      );
      const o = await vscode.window.showInformationMessage(tr(`Đã tạo PDF: ${out}`, `PDF written: ${out}`), open);
      if (o === open) await vscode.env.openExternal(vscode.Uri.file(out));
    } catch (e) {
      void vscode.window.showErrorMessage(
        e instanceof NoLibreOfficeError
          ? tr('Không tìm thấy LibreOffice (soffice) để tạo PDF. Hãy cài LibreOffice.', 'LibreOffice (soffice) not found; install LibreOffice to make PDFs.')
          : tr(`Không tạo được PDF: ${(e as Error).message}`, `PDF conversion failed: ${(e as Error).message}`),
      );
    }
  }
}

export function registerExport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('thethuc.exportDocx', exportCommand));
  registerPreview(context, exportOptions);
}
