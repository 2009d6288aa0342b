import type { LoadOutcome } from './MoveLoad.js';
import type { MoveRun } from './MoveRun.js';

/**
 * Prints what a run of the runbook measured (each step's duration, the load's size, the shadow
 * comparisons), for the runbook's "Measured" section; one JSON line, tagged, so it can be picked out
 * of the test output.
 */
export function reportMove(
  name: string,
  run: MoveRun,
  outcomes: readonly LoadOutcome[],
  shadow: { readonly compared: number; readonly mismatched: number },
): void {
  const posts = outcomes.reduce(
    (sum, outcome) => sum + [...outcome.acked.values()].reduce((n, ids) => n + ids.length, 0),
    0,
  );
  const requests = outcomes.reduce((sum, outcome) => sum + outcome.requests, 0);
  console.log(
    `live-move-report ${JSON.stringify({
      run: name,
      steps: run.timings.filter((timing) => timing.step !== 'start'),
      posts,
      requests,
      failed: outcomes.reduce((sum, outcome) => sum + outcome.failures.length, 0),
      shadow,
      commands: run.commands.map((command) => ({
        command: command.command,
        code: command.code,
        ms: command.elapsedMs,
      })),
    })}`,
  );
}
