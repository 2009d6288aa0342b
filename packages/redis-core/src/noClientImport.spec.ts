import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine boundary (see README "The engine boundary"): core speaks argv and replies through
 * `SharedClient` / `NodeConnection` / `SubscriberConnection`; only the engines and drivers import a
 * Redis client library. These tests fail as soon as one creeps into core.
 */
const clientLibraries =
  /^(ioredis|iovalkey|redis|node-redis|@redis\/.+|@valkey\/.+|valkey-glide|redis-om)(\/.*)?$/;

const packageRoot = join(import.meta.dirname, '..');
const sourceRoot = join(packageRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of `source`: static and type imports, re-exports, `import()`, `require()`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

describe('@org/redis-core engine boundary', () => {
  describe('having every source file of src/', () => {
    it('should import no Redis client library', () => {
      // This file names client libraries in its own detector test.
      const files = sourceFiles(sourceRoot).filter((file) => file !== import.meta.filename);
      const offending = files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((specifier) => clientLibraries.test(specifier))
          .map((specifier) => `${relative(packageRoot, file)}: ${specifier}`),
      );
      expect(offending).toEqual([]);
    });
  });

  describe('having package.json', () => {
    it('should list no Redis client library in any dependency field', () => {
      const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const fields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
      const listed = fields.flatMap((field) =>
        Object.keys((manifest[field] ?? {}) as Record<string, string>)
          .filter((name) => clientLibraries.test(name))
          .map((name) => `${field}: ${name}`),
      );
      expect(listed).toEqual([]);
    });
  });

  describe('having the detector itself', () => {
    it('should see static, type, dynamic and require imports of a client library', () => {
      const sample = [
        "import { Redis } from 'ioredis';",
        "import type { RedisClientType } from '@redis/client';",
        "export { createClient } from 'redis';",
        "const lazy = await import('iovalkey');",
        "const old = require('ioredis/built/Command');",
        "import './side-effect.js';",
      ].join('\n');
      expect(specifiers(sample).filter((specifier) => clientLibraries.test(specifier))).toEqual([
        'ioredis',
        '@redis/client',
        'redis',
        'iovalkey',
        'ioredis/built/Command',
      ]);
    });
  });
});
