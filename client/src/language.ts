// The one language setting the client and the server share: `thethuc.language`.
// Vietnamese unless "en" is chosen (VS Code's display language does not decide:
// there is no Vietnamese language pack, so drafters run an English VS Code).

import * as vscode from 'vscode';

export function isEnglish(): boolean {
  return vscode.workspace.getConfiguration('thethuc').get<string>('language') === 'en';
}
