// The commands of `thethuc`. Adding a command = one module exporting a
// Command + one line in COMMANDS below (its usage line appears in --help).

import type { Args, CommandOption } from '../args';
import type { CommandUsage } from '../help';
import { checkCommand } from './check';
import { initCommand } from './init';
import { rulesCommand } from './rules';
import { exportCommand } from './export';
import { newCommand } from './new';

export interface Command extends CommandUsage {
  name: string;
  /** Options of this command only (the shared ones are in args.ts). */
  options?: CommandOption[];
  run(args: Args): number | Promise<number>;
  /** A command that parses its own arguments gets them raw (everything after its name). */
  runRaw?(argv: string[]): number | Promise<number>;
}

export const COMMANDS: Command[] = [
  checkCommand,
  rulesCommand,
  initCommand,
  newCommand,
  exportCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
