import type { CommandDefinition } from './CommandDefinition.js';
import { planCommand } from './planCommand.js';
import { smokeCommand } from './smokeCommand.js';

/** Every subcommand, in the order `--help` lists them. */
export const commandDefinitions: readonly CommandDefinition[] = [planCommand, smokeCommand];
