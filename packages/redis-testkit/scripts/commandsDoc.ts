import { readFile, writeFile } from 'node:fs/promises';
import { buildCommandsDoc, commandsDocPath } from './buildCommandsDoc.js';

/**
 * Writes docs/commands.md from `COMMAND DOCS` of a redis-server the testkit starts (never a server
 * already running). `--check` compares instead and exits 1 when the file is stale.
 */
async function main(): Promise<void> {
  const out = commandsDocPath;
  const check = process.argv.includes('--check');
  const text = await buildCommandsDoc();
  {
    if (!check) {
      await writeFile(out, text);
      console.log(`wrote ${out.pathname}`);
      return;
    }
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('docs/commands.md is stale: run pnpm --filter @org/redis-testkit commands-doc');
      process.exitCode = 1;
    }
  }
}

await main();
