import type { RedisCommonConfig } from '@org/redis-interface';
import type { Cluster, Command } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { sendArgv } from './sendArgv.js';

/** A cluster client that answers every command object with `reply`, and records what was used. */
function fakeTopology(mode: 'standalone' | 'cluster', enableAutoPipelining: boolean) {
  const sent: Command[] = [];
  const client = {
    options: { keyPrefix: 'app:' },
    call: vi.fn(() => Promise.resolve('text')),
    getBuffer: vi.fn(() => Promise.resolve(Buffer.from('bytes'))),
    sendCommand: vi.fn((command: Command) => {
      sent.push(command);
      command.resolve(Buffer.from('direct'));
      return command.promise;
    }),
  };
  const topology = {
    client: client as unknown as Cluster,
    mode,
    config: { enableAutoPipelining } as RedisCommonConfig,
  };
  return { topology, client, sent };
}

const binary = Buffer.from([0xff, 0xfe]);

describe(sendArgv, () => {
  describe('having a Buffer key on an auto-pipelined cluster', () => {
    it('should send a command object, not auto-pipelined', async () => {
      const { topology, client, sent } = fakeTopology('cluster', true);
      await sendArgv(topology, 'get', [binary], binary, false);
      expect([client.call.mock.calls.length, sent.map((command) => command.name)]).toEqual([0, ['get']]);
    });

    it('should keep the key prefix for ioredis to apply', async () => {
      const { topology, sent } = fakeTopology('cluster', true);
      await sendArgv(topology, 'get', [binary], binary, true);
      expect(sent[0]?.args).toEqual([Buffer.concat([Buffer.from('app:'), binary])]);
    });
  });

  describe('having a text key on an auto-pipelined cluster', () => {
    it('should go through call', async () => {
      const { topology } = fakeTopology('cluster', true);
      expect(await sendArgv(topology, 'get', ['k'], 'k', false)).toBe('text');
    });
  });

  describe('having a Buffer key on a standalone server', () => {
    it('should go through the Buffer method when bytes are asked for', async () => {
      const { topology } = fakeTopology('standalone', true);
      expect(await sendArgv(topology, 'get', [binary], binary, true)).toEqual(Buffer.from('bytes'));
    });
  });
});
