import type { CommandDefinition } from './CommandDefinition.js';
import { verifyCommand } from './verifyCommand.js';

/** Every subcommand, in the order `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [verifyCommand];
