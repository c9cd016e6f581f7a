// What a command of `thethuc` is. Its own module, imported by the commands and
// by the list (index.ts), so no command imports the list.

import type { Args, CommandOption } from '../args';
import type { CommandUsage } from '../help';

export interface Command extends CommandUsage {
  name: string;
  /** Options of this command only (the shared ones are in args.ts). */
  options?: CommandOption[];
  run(args: Args): number | Promise<number>;
  /** A command that parses its own arguments gets them raw (everything after its name). */
  runRaw?(argv: string[]): number | Promise<number>;
}
