// Settings of the language server (section "thethuc" of VS Code settings) and
// how they combine with the team configuration. Pure: resolving options only
// computes; reading config files is config/store.ts, watching them is
// features/configWatcher.ts.

import type { AgencyProfile, CheckOptions, Level } from './engine';
import { languageOf } from './engine/i18n';

export interface ServerSettings {
  /** Check Markdown documents at all. */
  enable: boolean;
  /** Per-rule severity override: { "ND30-SO-02": "off" | "error" | "warning" | "information" | "hint" }. */
  rules: Record<string, Level>;
  /**
   * Message language: Vietnamese unless "en" is chosen. ("auto", the old
   * default, means Vietnamese too: the drafters' VS Code is in English because
   * there is no Vietnamese language pack, not because they read English.)
   */
  language: 'vi' | 'en' | 'auto';
  /** At most this many diagnostics per document. */
  maxProblems: number;
  /** Agency profile; overrides `coQuan` of .thethuc.jsonc field by field (issue #5). */
  coQuan?: AgencyProfile;
  /** `extends` in .thethuc.jsonc may read files outside the workspace folder and the user's config folder. */
  allowOutsideExtends?: boolean;
  /** Public address of the rule pages (ruleDocs.ts); overrides `ruleDocsUrl` of .thethuc.jsonc. */
  ruleDocsUrl?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  language: 'vi',
  maxProblems: 1000,
};

/** Settings as received, completed with the defaults (unknown shapes ignored). */
export function withDefaults(v: Partial<ServerSettings> | null | undefined): ServerSettings {
  return { ...DEFAULT_SETTINGS, ...(v && typeof v === 'object' ? v : {}) };
}

/** Config file first, then the VS Code settings on top (issue #5). */
export function resolveOptions(s: ServerSettings, file: Pick<CheckOptions, 'rules' | 'coQuan'> = {}): CheckOptions {
  const set = s.coQuan && typeof s.coQuan === 'object' ? s.coQuan : {};
  const coQuan = { ...(file.coQuan ?? {}), ...set, ...(file.coQuan?.donVi || set.donVi ? { donVi: { ...(file.coQuan?.donVi ?? {}), ...(set.donVi ?? {}) } } : {}) };
  return { lang: languageOf(s.language), rules: { ...(file.rules ?? {}), ...(s.rules ?? {}) }, coQuan: Object.keys(coQuan).length ? coQuan : undefined };
}

