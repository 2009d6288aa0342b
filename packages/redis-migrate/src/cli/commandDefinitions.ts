import type { CommandDefinition } from './CommandDefinition.js';

/** Every subcommand, in the order `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [];
