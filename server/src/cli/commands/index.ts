// The commands of `thethuc`. Adding a command = one module exporting a
// Command + one line in COMMANDS below (its usage line appears in --help).

import type { Command } from './command';
import { checkCommand } from './check';
import { initCommand } from './init';
import { rulesCommand } from './rules';
import { exportCommand } from './export';
import { newCommand } from './new';

export type { Command } from './command';

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
