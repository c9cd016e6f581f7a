// `thethuc export <file.md> [-o out.docx] [--pdf] [--force]`: the Word export
// (../export.ts parses its own options and prints its own help).

import { runExport } from '../export';
import type { Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  usage: { vi: 'export <tệp.md> [-o <tệp.docx>] [--pdf] [--force]', en: 'export <file.md> [-o <file.docx>] [--pdf] [--force]' },
  summary: { vi: 'xuất văn bản Word đúng thể thức (thethuc export --help)', en: 'export to Word in the decree layout (thethuc export --help)' },
  run: (args) => runExport([...args.paths]),
  runRaw: runExport,
};
