// The VS Code snippet file (contributes.snippets, language markdown), built
// from the templates. snippets/thethuc.json is generated from this by
// `npx tsx scripts/gen-snippets.ts`; a unit test checks it is up to date.

import { ALL_TEMPLATES, compile } from './templates';

export interface SnippetEntry {
  prefix: string;
  body: string[];
  description: string;
}

/** Snippet name → entry, templates first then components. */
export function buildSnippets(): Record<string, SnippetEntry> {
  const out: Record<string, SnippetEntry> = {};
  for (const t of ALL_TEMPLATES) {
    const name = /^\d/.test(t.mau) ? `${t.label} (Mẫu ${t.mau})` : `${t.label} (${t.mau})`;
    out[name] = { prefix: t.prefix, body: compile(t).body.split('\n'), description: t.description };
  }
  return out;
}

/** The snippet file text (stable formatting, trailing newline). */
export function snippetFileText(): string {
  return JSON.stringify(buildSnippets(), null, 2) + '\n';
}
