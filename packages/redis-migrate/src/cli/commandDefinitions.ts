import type { CommandDefinition } from './CommandDefinition.js';
import { copyCommand } from './copyCommand.js';

/** Every subcommand, in the order `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [copyCommand];
