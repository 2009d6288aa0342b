import type { CommandDefinition } from './CommandDefinition.js';
import { copyCommand } from './copyCommand.js';
import { phaseCommand } from './phaseCommand.js';
import { planCommand } from './planCommand.js';
import { rollbackCommand } from './rollbackCommand.js';
import { smokeCommand } from './smokeCommand.js';
import { verifyCommand } from './verifyCommand.js';

/** Every subcommand, in the order of the procedure (`docs/migration.md`), as `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [
  planCommand,
  copyCommand,
  verifyCommand,
  phaseCommand,
  rollbackCommand,
  smokeCommand,
];
