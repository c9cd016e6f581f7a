// Helpers for the recogniser tests: a model from Markdown text or a fixture,
// a single logical line, and the text of recognised lines.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, type Line } from '../../../server/src/engine/markdown';
import { buildModel, type DocModel } from '../../../server/src/engine/model';
import { FIXTURES } from '../helpers';

export function model(text: string): DocModel {
  return buildModel(parseMarkdown(text));
}

export function readerFixture(rel: string): string {
  return readFileSync(join(FIXTURES, 'reader', rel), 'utf8');
}

export function modelOf(rel: string): DocModel {
  return model(readerFixture(rel));
}

/** The first logical line of a Markdown snippet. */
export function line(md: string): Line {
  return parseMarkdown(md).lines[0];
}

export const texts = (ls: (Line | undefined)[]): (string | undefined)[] => ls.map((l) => l?.text);
