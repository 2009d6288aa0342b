import { Command, CommanderError } from 'commander';
import { MigrateError } from '../models/MigrateError.js';
import { migrateErrorCodes } from '../models/migrateErrorCodes.js';
import type { CliContext } from './CliContext.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { commandDefinitions } from './commandDefinitions.js';
import { describeFailure } from './describeFailure.js';

/**
 * Run `redis-migrate` with `argv` (the arguments after the program name).
 * @returns the process exit code: 0 on success, see `migrateErrorCodes` for the others.
 */
export async function runCli(
  argv: readonly string[],
  context: CliContext,
  definitions: readonly CommandDefinition[] = commandDefinitions,
): Promise<number> {
  let exitCode = 0;
  const program = new Command('redis-migrate')
    .description(
      'Move data between a standalone Redis and a Redis Cluster, in any direction: plan, copy (resumable), verify, roll back, smoke-test.',
    )
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  for (const define of definitions) {
    program.addCommand(
      define(context, (code) => {
        exitCode = code;
      }).exitOverride(),
    );
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors were printed by commander.
      return error.exitCode === 0 ? 0 : migrateErrorCodes.USAGE.exitCode;
    }
    const failure = MigrateError.is(error)
      ? error
      : new MigrateError('COPY_FAILED', `Unexpected failure: ${describeFailure(error)}`, { cause: error });
    if (argv.includes('--json')) {
      context.stdout.write(
        `${JSON.stringify({ type: 'error', code: failure.code, message: failure.message })}\n`,
      );
    } else {
      context.stderr.write(`redis-migrate: ${failure.message} [${failure.code}]\n`);
    }
    return failure.exitCode;
  }
}
