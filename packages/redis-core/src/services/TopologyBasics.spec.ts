import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { inspect } from 'node:util';
import {
  redisDiagnosticsChannels,
  validateRedisConfig,
  type RedisPoolEvent,
  type RedisStandaloneConfig,
} from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { LazyConnection } from './LazyConnection.js';
import { TopologyBasics } from './TopologyBasics.js';

const password = 'hunter2-topology-secret';
const tlsKey = 'PRIVATE-KEY-topology-secret';

/** A connection that writes what is done to it into the shared log. */
class FakeConnection {
  public constructor(
    private readonly name: string,
    private readonly log: string[],
  ) {}
  public quit(): Promise<void> {
    this.log.push(`${this.name}.quit`);
    return Promise.resolve();
  }
  public disconnect(): void {
    this.log.push(`${this.name}.disconnect`);
  }
  public on(): this {
    return this;
  }
}

function standaloneConfig(connectionName?: string): RedisStandaloneConfig {
  return validateRedisConfig({
    mode: 'standalone',
    url: `redis://app:${password}@10.0.0.1:6390`,
    tls: { cert: 'CERT', key: tlsKey },
    ...(connectionName === undefined ? {} : { connectionName }),
  }) as RedisStandaloneConfig;
}

/** Basics over fakes: `opened` is the subscriber connection opened before the test acts, `unused` never is. */
async function basicsOverFakes(config = standaloneConfig()) {
  const log: string[] = [];
  const lazy = (name: string) =>
    new LazyConnection(
      () => new FakeConnection(name, log),
      () => Promise.resolve(),
    );
  const opened = lazy('subscriber');
  const unused = lazy('unused');
  await opened.get();
  const basics = new TopologyBasics({
    mode: 'standalone',
    config,
    name: 'StandaloneTopology',
    client: new FakeConnection('client', log),
    dedicated: { closeAll: () => log.push('dedicated.closeAll') },
    subscribers: [opened, unused],
  });
  return { basics, log, opened };
}

/** The pool event `act` publishes through the basics' instrumentation. */
function poolEventOf(act: () => void): RedisPoolEvent | undefined {
  let seen: RedisPoolEvent | undefined;
  const listener = (event: unknown) => (seen = event as RedisPoolEvent);
  subscribe(redisDiagnosticsChannels.pool, listener);
  try {
    act();
  } finally {
    unsubscribe(redisDiagnosticsChannels.pool, listener);
  }
  return seen;
}

describe(TopologyBasics, () => {
  describe('.quit', () => {
    it('should close the dedicated pool first, then QUIT the client and the opened subscriber only', async () => {
      const { basics, log } = await basicsOverFakes();
      await basics.quit();
      // The subscriber's QUIT waits for its opening to settle; the client's is sent at once.
      expect(log).toEqual(['dedicated.closeAll', 'client.quit', 'subscriber.quit']);
    });

    it('should hand the subscriber connection over, so that the next use opens a new one', async () => {
      const { basics, opened } = await basicsOverFakes();
      await basics.quit();
      expect(opened.take()).toBeUndefined();
    });
  });

  describe('.disconnect', () => {
    it('should close the dedicated pool, the opened subscriber and the client, and nothing unopened', async () => {
      const { basics, log } = await basicsOverFakes();
      basics.disconnect();
      // The subscriber is disconnected once its opening promise settles.
      await Promise.resolve();
      expect(log).toEqual(['dedicated.closeAll', 'client.disconnect', 'subscriber.disconnect']);
    });
  });

  describe('.instrumentation', () => {
    describe('having no connectionName', () => {
      it('should stamp events with the mode as the client name', async () => {
        const { basics } = await basicsOverFakes();
        expect(poolEventOf(() => basics.instrumentation.pool('open'))).toEqual({
          client: 'standalone',
          mode: 'standalone',
          event: 'open',
        });
      });
    });

    describe('having a connectionName', () => {
      it('should stamp events with it', async () => {
        const { basics } = await basicsOverFakes(standaloneConfig('orders-api'));
        expect(poolEventOf(() => basics.instrumentation.pool('close'))?.client).toBe('orders-api');
      });
    });
  });

  describe('.toJSON', () => {
    it('should show the mode and the configuration with the password and TLS key masked', async () => {
      const { basics } = await basicsOverFakes();
      const view = basics.toJSON();
      expect([
        view.mode,
        view.config.host,
        view.config.password,
        view.config.tls && view.config.tls.key,
      ]).toEqual(['standalone', '10.0.0.1', '***', '***']);
    });

    it('should hold no secret once stringified', async () => {
      const { basics } = await basicsOverFakes();
      const json = JSON.stringify(basics);
      expect([json.includes(password), json.includes(tlsKey)]).toEqual([false, false]);
    });
  });

  describe('[inspect.custom]', () => {
    it('should show the name and the masked view', async () => {
      const { basics } = await basicsOverFakes();
      expect(inspect(basics, { depth: Infinity, showHidden: true })).toMatch(
        /^StandaloneTopology \{[\s\S]*mode: 'standalone'[\s\S]*password: '\*\*\*'/,
      );
    });

    it('should hold no secret, even with hidden properties shown', async () => {
      const { basics } = await basicsOverFakes();
      const shown = inspect(basics, { depth: Infinity, showHidden: true });
      expect([shown.includes(password), shown.includes(tlsKey)]).toEqual([false, false]);
    });
  });
});
