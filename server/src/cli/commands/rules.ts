// `thethuc rules [--format text|json]`: the rule catalogue.

import { RULES } from '../../engine';
import { localise } from '../../engine/i18n';
import type { Args } from '../args';
import { err } from '../report';
import type { Command } from './command';

function runRules(args: Args): number {
  const lang = args.lang;
  if (args.format === 'json') {
    const list = RULES.map((r) => ({
      id: r.meta.id,
      component: r.meta.component,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      regimes: r.meta.regimes ?? ['hanh-chinh'],
      title: r.meta.title,
      clause: r.meta.clause,
      description: r.meta.description,
      examples: r.meta.examples ?? { correct: [], incorrect: [] },
      docs: `docs/rules/${r.meta.id}.md`,
    }));
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  if (args.format !== 'text') {
    err(lang, `--format ${args.format}: lệnh rules chỉ nhận text hoặc json`, `--format ${args.format}: the rules command takes text or json`);
    return 2;
  }
  for (const r of RULES) {
    process.stdout.write(`${r.meta.id.padEnd(16)} ${r.meta.severity.padEnd(11)} ${r.meta.fixable ? 'fix' : '   '} ${localise(r.meta.title, lang)}\n`);
  }
  return 0;
}

export const rulesCommand: Command = {
  name: 'rules',
  usage: { vi: 'rules [--format text|json] [--lang vi|en]', en: 'rules [--format text|json] [--lang vi|en]' },
  summary: { vi: 'danh sách quy tắc', en: 'list the rules' },
  run: runRules,
};
