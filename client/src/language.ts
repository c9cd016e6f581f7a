// The one language setting the client and the server share: `thethuc.language`.
// Vietnamese unless "en" is chosen (VS Code's display language does not decide:
// there is no Vietnamese language pack, so drafters run an English VS Code).

import * as vscode from 'vscode';
import type { Lang } from '../../server/src/engine/types';
import { languageOf, tr as pick } from '../../server/src/engine/i18n';

/** The message language chosen in `thethuc.language`. */
export function clientLang(): Lang {
  return languageOf(vscode.workspace.getConfiguration('thethuc').get<string>('language'));
}

/** The Vietnamese or the English string, by `thethuc.language`. */
export function tr(vi: string, en: string): string {
  return pick(clientLang(), vi, en);
}
