import { Argument, Command } from 'commander';
import {
  redisMigrationControlDefaults,
  redisMigrationPhases,
  type RedisMigrationControl,
  type RedisMigrationPhase,
} from '@org/redis-interface';
import type { PhaseReport } from '../models/PhaseReport.js';
import { openEndpoints } from '../services/openEndpoints.js';
import { runPhase } from '../services/phase/runPhase.js';
import type { CommandDefinition } from './CommandDefinition.js';
import { endpointFlags, withEndpointOptions, type EndpointOptionValues } from './endpointOptions.js';
import { reporterFor, withOutputOptions, type OutputOptionValues } from './outputOptions.js';

interface PhaseFlags extends EndpointOptionValues, OutputOptionValues {
  readonly controlKey: string;
  readonly force?: boolean;
}

/** `redis-migrate phase [dual-write|shadow|cutover|done]`: see `runPhase`. */
export const phaseCommand: CommandDefinition = (context, done) =>
  withOutputOptions(
    withEndpointOptions(
      new Command('phase').description(
        'Show the phase of a live move (no argument), or switch every instance to the next or previous one: compare-and-set on both sides, then announced on the control channel',
      ),
      ['source', 'target'],
    ),
  )
    .addArgument(new Argument('[phase]', 'the phase to switch to').choices(redisMigrationPhases))
    .option(
      '--control-key <key>',
      'the control key (and channel) of the move',
      redisMigrationControlDefaults.key,
    )
    .option('--force', 'cut over even without a clean `verify --repair` since the last switch')
    .action(async (requested: RedisMigrationPhase | undefined, flags: PhaseFlags) => {
      const reporter = reporterFor(flags, context);
      const endpoints = await openEndpoints({
        source: endpointFlags(flags, 'source'),
        target: endpointFlags(flags, 'target'),
        env: context.env,
      });
      try {
        const report = await runPhase({
          endpoints,
          controlKey: flags.controlKey,
          requested,
          force: flags.force === true,
        });
        for (const warning of report.warnings) reporter.warn(warning);
        await reporter.result({ ...report }, phaseLines(report));
        done(0);
      } finally {
        await endpoints.close();
      }
    });

function phaseLines(report: PhaseReport): string[] {
  const copy = (control: RedisMigrationControl | null): string =>
    control === null ? 'absent' : `${control.phase} rev ${control.revision}`;
  const lines = [
    `phase: ${describe(report)}`,
    `phase: ${report.controlKey}: source ${copy(report.copies.source)}, target ${copy(report.copies.target)} (as read)`,
    `phase: last verify --repair: ${
      report.verified === null
        ? 'none'
        : `${report.verified.clean ? 'clean' : `${report.verified.stillDiffering} keys left differing`} at ${report.verified.at} (rev ${report.verified.revision})`
    }; keys waiting for repair: ${report.repairPending}`,
  ];
  if (report.action === 'switched' || report.action === 'resynced') {
    lines.push(
      `phase: published on ${report.controlKey}: ${report.published.source} subscribers on the source, ${report.published.target} on the target`,
    );
  }
  return lines;
}

function describe(report: PhaseReport): string {
  const { previous, current } = report;
  switch (report.action) {
    case 'show':
      return `${current.phase} (revision ${current.revision}${current.changedAt === '' ? ', never set' : `, since ${current.changedAt}`})`;
    case 'unchanged':
      return `already ${current.phase} (revision ${current.revision}) on both sides: nothing to do`;
    case 'resynced':
      return `${current.phase} written again to both sides as revision ${current.revision} (the copies differed)`;
    case 'switched':
      return `switched from ${previous.phase} (revision ${previous.revision}) to ${current.phase} (revision ${current.revision})`;
  }
}
