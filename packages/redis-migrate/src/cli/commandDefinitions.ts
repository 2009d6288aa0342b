import type { CommandDefinition } from './CommandDefinition.js';
import { copyCommand } from './copyCommand.js';
import { rollbackCommand } from './rollbackCommand.js';
import { verifyCommand } from './verifyCommand.js';

/** Every subcommand, in the order `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [copyCommand, verifyCommand, rollbackCommand];
