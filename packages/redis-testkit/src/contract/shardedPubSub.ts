import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, RedisConfig } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { MessageLog } from './MessageLog.js';
import { skipUnlessMode } from './skipUnlessMode.js';

function withShardedPubSub(config: RedisConfig): RedisConfig {
  return config.mode === 'cluster' ? { ...config, shardedPubSub: true } : config;
}

/**
 * Sharded pub/sub (SSUBSCRIBE/SPUBLISH): enabled in cluster mode by `shardedPubSub`; in standalone mode it
 * behaves like classic pub/sub.
 *
 * @param context - the group's context.
 */
export function describeShardedPubSubContract(context: ContractContext): void {
  describe('.subscribe', () => {
    describe('having sharded: true and sharded pub/sub enabled', () => {
      let service: IRedisService;
      const log = new MessageLog();
      let channel: string;

      beforeAll(async () => {
        service = context.buildService(withShardedPubSub(context.config()));
        await service.connect();
        channel = context.key('shard-channel');
        await service.subscribe(channel, log.onMessage, { sharded: true });
        await service.publish(channel, 'sharded', { sharded: true });
        await log.waitForMessage('sharded');
      });

      afterAll(async () => {
        await service.quit();
      });

      it('should deliver a sharded publish once', () => {
        expect(log.received).toEqual([{ message: 'sharded', channel }]);
      });
    });

    describe('having sharded: true and shardedPubSub off in the config', () => {
      it.skipIf(
        skipUnlessMode(
          context,
          'cluster',
          'shardedPubSub is a cluster option; standalone serves sharded subscriptions like classic ones',
        ),
      )('should reject with UNSUPPORTED_IN_MODE', async () => {
        const subscribed = context
          .service()
          .subscribe(context.key('shard-off'), () => undefined, { sharded: true });
        expect(await errorCodeOf(subscribed)).toBe('UNSUPPORTED_IN_MODE');
      });
    });
  });
}
