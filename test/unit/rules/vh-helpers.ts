// Run only the capitalisation rules on a text, whatever its regime (the decree itself is a VBQPPL).
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { buildModel } from '../../../server/src/engine/model';
import { createContext } from '../../../server/src/engine/rule';
import { VH_RULES } from '../../../server/src/engine/rules/vh';
import type { RawFinding } from '../../../server/src/engine/types';
import { LineIndex } from '../../../server/src/engine/positions';

export function runVh(text: string): { ruleId: string; line: number; text: string; message: string }[] {
  const model = buildModel(parseMarkdown(text));
  const raw: RawFinding[] = [];
  for (const r of VH_RULES) r.check(createContext(model, { force: true }, r.meta, {}, raw));
  const idx = new LineIndex(text);
  return raw.map((f) => ({ ruleId: f.ruleId, line: idx.position(f.start).line + 1, text: text.slice(f.start, f.end), message: f.message.vi }));
}
