import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Reporter } from '../models/Progress.js';
import { createReporter } from '../services/createReporter.js';
import type { CliContext } from './CliContext.js';

/** `--json` and `--report`, as commander parses them. */
export interface OutputOptionValues {
  readonly json?: boolean;
  readonly report?: string;
}

/** Add `--json` and `--report <file>` to `command`. */
export function withOutputOptions(command: Command): Command {
  return command
    .option('--json', 'one JSON object per line on stdout (progress, warnings, the result) instead of text')
    .option('--report <file>', 'also write the final result as JSON to this file');
}

/** The reporter for the output flags, which also writes `--report` when the result comes. */
export function reporterFor(values: OutputOptionValues, context: CliContext): Reporter {
  const reporter = createReporter({
    json: values.json === true,
    stdout: context.stdout,
    stderr: context.stderr,
  });
  const file = values.report;
  if (file === undefined) return reporter;
  return {
    ...reporter,
    result: async (report, lines) => {
      await reporter.result(report, lines);
      await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}
