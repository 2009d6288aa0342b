#!/usr/bin/env node
// Prints one line of totals over every package's vitest JSON report (.test-results/*.json),
// in the form `N passed, N failed[, N skipped]`, from vitest's own counts.
// Exit code: 1 when a report shows a failure or no report was found, else 0.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Workspace folders: packages/*, apps/* and the single-package ops/ and examples/.
const reports = ['packages', 'apps']
  .flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name))
      : [],
  )
  .concat([join(root, 'ops'), join(root, 'examples')])
  .map((dir) => join(dir, '.test-results'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => join(dir, file)),
  );

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports.sort()) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that failed to load, or a type error, fails the run without a failed test: count it.
  const errorsOutsideTests = report.success === false && report.numFailedTests === 0 ? 1 : 0;
  const fileFailed = report.numFailedTests + errorsOutsideTests;
  const fileSkipped = report.numPendingTests + report.numTodoTests;
  passed += report.numPassedTests;
  failed += fileFailed;
  skipped += fileSkipped;
  console.log(
    `  ${relative(root, file)}: ${report.numPassedTests} passed, ${fileFailed} failed, ${fileSkipped} skipped`,
  );
}
if (reports.length === 0) {
  console.log('No vitest report found under packages/*, apps/*, ops or examples (.test-results)');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
