// Settings of the language server (section "thethuc" of VS Code settings).

import type { AgencyProfile, CheckOptions, Lang, Level } from './engine';

export interface ServerSettings {
  /** Check Markdown documents at all. */
  enable: boolean;
  /** Per-rule severity override: { "ND30-SO-02": "off" | "error" | "warning" | "information" | "hint" }. */
  rules: Record<string, Level>;
  /** Message language: "auto" follows VS Code's display language. */
  language: 'auto' | 'vi' | 'en';
  /** At most this many diagnostics per document. */
  maxProblems: number;
  /** Agency profile; overrides `coQuan` of .thethuc.jsonc field by field (issue #5). */
  coQuan?: AgencyProfile;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  language: 'auto',
  maxProblems: 1000,
};

/** Options from the `.thethuc.jsonc` that applies to a document (set by features/config.ts). */
type ConfigProvider = (uri: string) => Pick<CheckOptions, 'rules' | 'coQuan'>;
let configProvider: ConfigProvider = () => ({});
export function setConfigProvider(p: ConfigProvider): void {
  configProvider = p;
}

/** Config file first, then the VS Code settings on top (issue #5). */
export function settingsToOptions(s: ServerSettings, clientLocale: Lang, uri: string): CheckOptions {
  const lang: Lang = s.language === 'vi' || s.language === 'en' ? s.language : clientLocale;
  const file = configProvider(uri);
  const set = s.coQuan && typeof s.coQuan === 'object' ? s.coQuan : {};
  const coQuan = { ...(file.coQuan ?? {}), ...set, ...(file.coQuan?.donVi || set.donVi ? { donVi: { ...(file.coQuan?.donVi ?? {}), ...(set.donVi ?? {}) } } : {}) };
  return { lang, rules: { ...(file.rules ?? {}), ...(s.rules ?? {}) }, coQuan: Object.keys(coQuan).length ? coQuan : undefined };
}

/** Documents longer than this are not checked while typing (see server.ts). */
export const MAX_CHECK_CHARS = 2 * 1024 * 1024;
