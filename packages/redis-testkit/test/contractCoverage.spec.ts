import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serviceDefinitions } from '@org/redis-core';
import { describe, expect, it } from 'vitest';

const contractDir = join(import.meta.dirname, '..', 'src', 'contract');

/** Every `describe('.member'` of the contract suite (the fuzz cases aside). */
async function contractMembers(): Promise<Set<string>> {
  const names = new Set<string>();
  const files = (await readdir(contractDir, { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('fuzz'),
  );
  for (const file of files) {
    const text = await readFile(join(contractDir, file), 'utf8');
    for (const match of text.matchAll(/describe(?:\.each\([^)]*\))?\(\s*['"`]\.([A-Za-z]+)/g))
      if (match[1] !== undefined) names.add(match[1]);
  }
  return names;
}

describe('the contract suite', () => {
  it("should have a describe('.member') block for every command definition", async () => {
    const tested = await contractMembers();
    const untested = Object.keys(serviceDefinitions).filter((member) => !tested.has(member));
    expect(untested).toEqual([]);
  });
});
