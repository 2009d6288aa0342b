import type { Command } from 'commander';
import type { CliContext } from './CliContext.js';

/**
 * One subcommand: builds its commander `Command`, whose action resolves to the process exit code
 * through `done` (0, or 1 for "ran and found differences"). Failures are thrown as `MigrateError`.
 */
export type CommandDefinition = (context: CliContext, done: (exitCode: number) => void) => Command;
