import type { Cluster, Command } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { IoredisSharedClient } from './IoredisSharedClient.js';

/** A client that answers `call` with text and every command object with bytes, and records them. */
function fakeClient(isCluster: boolean, enableAutoPipelining: boolean) {
  const sent: Command[] = [];
  const client = {
    isCluster,
    options: { keyPrefix: 'app:', enableAutoPipelining },
    call: vi.fn(() => Promise.resolve('text')),
    getBuffer: vi.fn(() => Promise.resolve(Buffer.from('bytes'))),
    sendCommand: vi.fn((command: Command) => {
      sent.push(command);
      command.resolve(Buffer.from('direct'));
      return command.promise;
    }),
  };
  return { shared: new IoredisSharedClient(client as unknown as Cluster), client, sent };
}

const binary = Buffer.from([0xff, 0xfe]);

describe(IoredisSharedClient, () => {
  describe('having a Buffer key on an auto-pipelined cluster', () => {
    it('should send a command object, not auto-pipelined, with the key prefix for ioredis to apply', async () => {
      const { shared, client, sent } = fakeClient(true, true);
      await shared.callBuffer('get', [binary]);
      expect([client.call.mock.calls.length, sent.map((command) => [command.name, command.args])]).toEqual([
        0,
        [['get', [Buffer.concat([Buffer.from('app:'), binary])]]],
      ]);
    });
  });

  describe('having text arguments on an auto-pipelined cluster', () => {
    it('should go through call (auto-pipelined)', async () => {
      const { shared, sent } = fakeClient(true, true);
      expect([await shared.call('get', ['k']), sent.length]).toEqual(['text', 0]);
    });
  });

  describe('having a Buffer key on a standalone server', () => {
    it('should go through the Buffer method when bytes are asked for', async () => {
      const { shared, sent } = fakeClient(false, true);
      expect([await shared.callBuffer('get', [binary]), sent.length]).toEqual([Buffer.from('bytes'), 0]);
    });
  });
});
