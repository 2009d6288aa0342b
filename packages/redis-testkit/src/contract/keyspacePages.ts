import { beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { rawBytes } from './rawBytes.js';
import { masterCount } from './topologyCounts.js';
import { walkScanPages } from './walkScanPages.js';

const keyCount = 600;

/**
 * `scanNodes` and `scanPage` (text and bytes): a walk over every node, in parallel, resumable from saved
 * cursors, with the key prefix applied to MATCH and stripped from keys, Buffer keys kept as bytes.
 *
 * @param context - the group's context.
 */
export function describeKeyspacePagesContract(context: ContractContext): void {
  let base: string;
  let strings: string[];
  let hashes: string[];
  let binaries: Buffer[];
  let nodes: readonly string[];
  const read = (service: IRedisService) => service.scanPage.bind(service);

  beforeAll(async () => {
    base = context.key('pages');
    // No hash tag: the keys spread over every master of a cluster.
    strings = Array.from({ length: keyCount }, (_, index) => `${base}:s:${index}`);
    hashes = Array.from({ length: 5 }, (_, index) => `${base}:h:${index}`);
    binaries = Array.from({ length: 20 }, (_, index) =>
      Buffer.concat([Buffer.from(`${base}:b:${index}:`), Buffer.from([0xff, 0x00, 0xfe]), rawBytes]),
    );
    await context.service().mset(Object.fromEntries(strings.map((key) => [key, 'v'])));
    await Promise.all(hashes.map((key) => context.service().hset(key, { f: 'v' })));
    await Promise.all(binaries.map((key) => context.service().set(key, 'v')));
    nodes = await context.service().scanNodes();
  }, 60_000);

  describe('.scanNodes', () => {
    it('should list every master once, as host:port', () => {
      expect([nodes.length, new Set(nodes).size, nodes.every((node) => /^\S+:\d+$/.test(node))]).toEqual([
        masterCount(context),
        masterCount(context),
        true,
      ]);
    });
  });

  describe('.scanPage', () => {
    describe('having every node walked until its cursor is 0', () => {
      it('should return exactly the keys written, without the keyPrefix', async () => {
        const walk = await walkScanPages(nodes, read(context.service()), { match: `${base}:s:*` });
        expect(new Set(walk.keys)).toEqual(new Set(strings));
      });

      it('should return only keys of the given type', async () => {
        const walk = await walkScanPages(nodes, read(context.service()), {
          match: `${base}:*`,
          type: 'hash',
        });
        expect(walk.keys.sort()).toEqual([...hashes].sort());
      });
    });

    describe('having a walk stopped once it read a key and resumed from its cursors by another service', () => {
      let first: string[];
      let rest: string[];

      beforeAll(async () => {
        const options = { match: `${base}:s:*`, count: 20 };
        first = [];
        let cursors = new Map<string, string>();
        // One page per node at a time, from the saved cursors, until some key came (pages may be empty).
        while (first.length === 0) {
          const step = await walkScanPages(nodes, read(context.service()), options, {
            from: cursors,
            maxPages: 1,
          });
          first.push(...step.keys);
          cursors = new Map(step.cursors);
        }
        const other = await context.createService();
        rest = (await walkScanPages(nodes, read(other), options, { from: cursors })).keys;
      });

      it('should cover every key', () => {
        expect(new Set([...first, ...rest])).toEqual(new Set(strings));
      });

      it('should go on where it stopped, not start again', () => {
        expect(new Set(rest).size).toBeLessThan(strings.length);
      });
    });

    describe('having a service without keyPrefix', () => {
      it('should match and return the full key names', async () => {
        const unprefixed = await context.createService({ keyPrefix: '' });
        const match = `${context.keyPrefix}${base}:h:*`;
        const walk = await walkScanPages(await unprefixed.scanNodes(), read(unprefixed), { match });
        expect(walk.keys.sort()).toEqual(hashes.map((key) => `${context.keyPrefix}${key}`).sort());
      });
    });

    describe('having a node that is no master', () => {
      let error: unknown;

      beforeAll(async () => {
        error = await context
          .service()
          .scanPage('127.0.0.1:1', '0')
          .catch((caught: unknown) => caught);
      });

      it('should reject with NODE_UNKNOWN listing the current nodes', () => {
        const details = RedisError.is(error, 'NODE_UNKNOWN') ? error.details : undefined;
        expect(details).toEqual({ node: '127.0.0.1:1', nodes: [...nodes] });
      });
    });

    describe.each([
      ['a node that is not host:port', 'localhost', '0'],
      ['a cursor that is not decimal digits', undefined, 'abc'],
      ['a cursor given as a number', undefined, 0],
      ['a negative cursor', undefined, '-1'],
    ])('having %s', (_label, node, cursor) => {
      it('should reject with INVALID_ARGUMENT', async () => {
        const target = node ?? nodes[0] ?? '';
        expect(await errorCodeOf(() => context.service().scanPage(target, cursor as string))).toBe(
          'INVALID_ARGUMENT',
        );
      });
    });
  });

  describe('bytes .scanPage', () => {
    it('should return keys that are not UTF-8 as their exact bytes, without the keyPrefix', async () => {
      const service = context.service();
      const walk = await walkScanPages(nodes, service.bytes.scanPage.bind(service.bytes), {
        match: `${base}:b:*`,
      });
      const hex = (keys: readonly Buffer[]): string[] => keys.map((key) => key.toString('hex')).sort();
      expect(hex(walk.keys)).toEqual(hex(binaries));
    });

    it('should read back the value of a key it returned', async () => {
      const service = context.service();
      const walk = await walkScanPages(nodes, service.bytes.scanPage.bind(service.bytes), {
        match: `${base}:b:1:*`,
      });
      expect(await service.mget(walk.keys)).toEqual(['v']);
    });

    it('should reject a bad cursor with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(() => context.service().bytes.scanPage(nodes[0] ?? '', '1e3'))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });
}
