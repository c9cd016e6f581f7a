// Two-language text: Vietnamese first, English when chosen. The one place
// where a language is picked; the server, the CLI and the client use it.

import type { Lang, Text2 } from './types';

/** The message language of a setting value (`thethuc.language`, `--lang`): English only when chosen. */
export function languageOf(setting: unknown): Lang {
  return setting === 'en' ? 'en' : 'vi';
}

/** The string of a two-language text in `lang`. */
export function localise(t: Text2, lang: Lang): string {
  return lang === 'en' ? t.en : t.vi;
}

/** The Vietnamese or the English string, by `lang`. */
export function tr(lang: Lang, vi: string, en: string): string {
  return localise({ vi, en }, lang);
}
