// Settings of the language server (section "thethuc" of VS Code settings).

import type { CheckOptions, Lang, Level } from './engine';

export interface ServerSettings {
  /** Check Markdown documents at all. */
  enable: boolean;
  /** Per-rule severity override: { "ND30-SO-02": "off" | "error" | "warning" | "information" | "hint" }. */
  rules: Record<string, Level>;
  /** Message language: "auto" follows VS Code's display language. */
  language: 'auto' | 'vi' | 'en';
  /** At most this many diagnostics per document. */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  language: 'auto',
  maxProblems: 1000,
};

export function settingsToOptions(s: ServerSettings, clientLocale: Lang, _uri: string): CheckOptions {
  const lang: Lang = s.language === 'vi' || s.language === 'en' ? s.language : clientLocale;
  return { lang, rules: { ...(s.rules ?? {}) } };
}
