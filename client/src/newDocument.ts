// Command "Thể thức: Tạo văn bản mới…" (thethuc.newDocument): pick a template
// of Phụ lục III, then open a new untitled Markdown document with it inserted
// as a snippet (tab stops work), the agency taken from the setting
// `thethuc.coQuan` and today's date written in the decree's form.
//
// The templates and the filling are pure (server/src/templates) and unit
// tested; this file is only the VS Code glue. For tests the command accepts
// `{ type: 'cong_van' }` (skips the quick pick) and returns the document and
// editor it created.

import * as vscode from 'vscode';
import { documentChoices, fillTemplate, templateById } from '../../server/src/templates';
import type { AgencyProfile } from '../../server/src/engine/types';

export const NEW_DOCUMENT_COMMAND = 'thethuc.newDocument';

export interface NewDocumentArgs {
  /** Template id (a document type key such as "cong_van", "to_trinh", "quyet_dinh_ban_hanh"). */
  type?: string;
  /** Issue date (default: today). */
  date?: Date | string;
  /** Agency profile (default: the setting thethuc.coQuan). */
  coQuan?: AgencyProfile;
}

export interface NewDocumentResult {
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  type: string;
}

/** The agency profile of the settings, keeping only well-formed string fields. */
export function profileFromSettings(resource?: vscode.Uri): AgencyProfile | undefined {
  const raw = vscode.workspace.getConfiguration('thethuc', resource).get<unknown>('coQuan');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const p: AgencyProfile = {};
  for (const k of ['ten', 'chuQuan', 'kyHieu', 'diaDanh'] as const) if (typeof r[k] === 'string') p[k] = r[k] as string;
  if (r.donVi && typeof r.donVi === 'object' && !Array.isArray(r.donVi)) {
    const d: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.donVi as Record<string, unknown>)) if (typeof v === 'string') d[k] = v;
    p.donVi = d;
  }
  return Object.keys(p).length ? p : undefined;
}

async function pickType(): Promise<string | undefined> {
  const items = documentChoices().map((c) => ({ label: c.label, description: `Mẫu ${c.mau}`, detail: c.description, id: c.id }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Tạo văn bản mới theo Phụ lục III, Nghị định 30/2020/NĐ-CP',
    placeHolder: 'Chọn loại văn bản (công văn, quyết định, tờ trình, kế hoạch…)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

export async function newDocument(args?: NewDocumentArgs): Promise<NewDocumentResult | undefined> {
  const type = args?.type ?? (await pickType());
  if (!type) return undefined;
  if (!templateById(type)) {
    void vscode.window.showErrorMessage(`Thể thức: không có mẫu văn bản "${type}".`);
    return undefined;
  }
  const date = args?.date ? new Date(args.date) : new Date();
  const profile = args?.coQuan ?? profileFromSettings();
  const body = fillTemplate(type, { profile, date });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  return { document, editor, type };
}

export function registerNewDocument(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_DOCUMENT_COMMAND, (args?: NewDocumentArgs) => newDocument(args)));
}
