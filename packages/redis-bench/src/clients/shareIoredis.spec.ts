import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { oursIoredisUrl, shareIoredis } from './shareIoredis.js';

describe('shareIoredis', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("sends a checkout's ioredis import to ours: one module instance", async () => {
    // A folder with no node_modules: `ioredis` resolves there only through the hook.
    const dir = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
    made.push(dir);
    const file = join(dir, 'driver.mjs');
    await writeFile(file, "export { Redis } from 'ioredis';\n");
    expect(shareIoredis(dir)).toBe(oursIoredisUrl());
    const loaded = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { Redis: unknown };
    expect(loaded.Redis).toBe(Redis);
  });
});
