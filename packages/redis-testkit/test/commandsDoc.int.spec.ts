import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildCommandsDoc, commandsDocPath } from '../scripts/buildCommandsDoc.js';

describe('docs/commands.md', () => {
  it('should be what the generator writes from the server and the definitions (run pnpm --filter @org/redis-testkit commands-doc)', async () => {
    expect(await buildCommandsDoc()).toBe(await readFile(commandsDocPath, 'utf8'));
  });
});
