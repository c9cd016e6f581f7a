// `thethuc`: the command-line checker. One module per command in commands/;
// arguments (args.ts), help (help.ts) and reporting (report.ts) are shared.
// Exit codes: 0 clean; 1 errors found (or more warnings than --max-warnings);
// 2 usage, input/output or configuration error, or nothing matched.

import { parseArgs } from './args';
import { COMMANDS, findCommand } from './commands';
import { helpText, VERSION } from './help';
import { tr } from '../engine/i18n';

export async function main(argv: string[]): Promise<number> {
  // A command with its own argument parser (export, new) takes the raw arguments.
  const raw = argv[0] !== undefined ? findCommand(argv[0]) : undefined;
  if (raw?.runRaw) return raw.runRaw(argv.slice(1));
  let args;
  try {
    args = parseArgs(argv, (name) => findCommand(name)?.options ?? []);
  } catch (e) {
    const usage = helpText('vi', COMMANDS).split('\n\n')[1] ?? '';
    process.stderr.write(`thethuc: ${(e as Error).message}\n${usage}\n`);
    return 2;
  }
  const lang = args.lang;
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (args.help || !args.command) {
    (args.help ? process.stdout : process.stderr).write(helpText(lang, COMMANDS) + '\n');
    return args.help ? 0 : 2;
  }
  const command = findCommand(args.command);
  if (!command) {
    process.stderr.write(`thethuc: ${tr(lang, 'lệnh không hợp lệ', 'unknown command')}: ${args.command}\n`);
    return 2;
  }
  return command.run(args);
}

if (require.main === module) {
  // `thethuc check … | head`: a closed pipe is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`thethuc: lỗi nội bộ / internal error: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
