import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import {
  redisDiagnosticsChannels,
  validateRedisConfig,
  type RedisCommandEvent,
  type RedisConnectionEvent,
  type RedisStandaloneConfig,
} from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
import { redisTestServers } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

describe('standalone driver instrumentation (diagnostics_channel)', () => {
  const commands: RedisCommandEvent[] = [];
  const connections: RedisConnectionEvent[] = [];
  const onCommand = (event: unknown): void => {
    commands.push(event as RedisCommandEvent);
  };
  const onConnection = (event: unknown): void => {
    connections.push(event as RedisConnectionEvent);
  };

  beforeAll(async () => {
    subscribe(redisDiagnosticsChannels.command, onCommand);
    subscribe(redisDiagnosticsChannels.connection, onConnection);
    const { host, port } = redisTestServers().standalone;
    const config = validateRedisConfig({
      mode: 'standalone',
      host,
      port,
      connectionName: 'probe',
    }) as RedisStandaloneConfig;
    const service = new RedisStandaloneService(config);
    await service.connect();
    await service.set('instrumented:string', 'x');
    await service.lpush('instrumented:string', 'y').catch(() => undefined);
    await service.writeDurably((q) => q.set('instrumented:durable', 'x'), { replicas: 0, timeoutMs: 100 });
    // Refused before sending, still counted (ops alerts count errors by code).
    await service.mset(null as never).catch(() => undefined);
    await service.quit();
  });
  afterAll(() => {
    unsubscribe(redisDiagnosticsChannels.command, onCommand);
    unsubscribe(redisDiagnosticsChannels.connection, onConnection);
  });

  it('should publish a successful command with its name, client and mode', () => {
    expect(commands.find((event) => event.command === 'set' && event.client === 'probe')).toMatchObject({
      mode: 'standalone',
      outcome: 'ok',
    });
  });

  it('should publish a failed command with its error code', () => {
    expect(commands.find((event) => event.command === 'lpush' && event.client === 'probe')?.errorCode).toBe(
      'WRONG_TYPE',
    );
  });

  it('should publish a durable write under a lower-case name the metrics keep as a label', () => {
    expect(
      commands.find((event) => event.command.startsWith('durable') && event.client === 'probe'),
    ).toMatchObject({
      command: 'durable write',
      outcome: 'ok',
    });
  });

  it('should publish a command refused before sending with INVALID_ARGUMENT', () => {
    expect(commands.find((event) => event.command === 'mset' && event.client === 'probe')?.errorCode).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('should publish ready, then ended once quit() has closed the socket', async () => {
    await vi.waitFor(() => {
      const states = connections.filter((event) => event.client === 'probe').map((event) => event.state);
      expect([states.includes('ready'), states.includes('ended')]).toStrictEqual([true, true]);
    });
  });
});
