import { RedisError, type PubSubOptions } from '@org/redis-interface';
import type { DriverFacts } from '../models/CommandDefinition.js';
import { checkFlag, checkOptions } from './checks.js';

/**
 * Whether `command` uses sharded pub/sub: when asked (`options.sharded`), else the configured
 * default (`shardedPubSub`). Cluster mode refuses it unless configured: the cluster client then has
 * no sharded subscribers, so SPUBLISH would reach no one who subscribed through this interface.
 * @throws RedisError `INVALID_ARGUMENT` for bad options, `UNSUPPORTED_IN_MODE` as above.
 */
export function isSharded(command: string, options: PubSubOptions | undefined, driver: DriverFacts): boolean {
  const configured = 'shardedPubSub' in driver.config && driver.config.shardedPubSub === true;
  const asked = checkOptions(command, options).sharded;
  const sharded = asked === undefined ? configured : checkFlag(command, 'options.sharded', asked);
  if (sharded && driver.mode === 'cluster' && !configured) {
    throw new RedisError(
      'UNSUPPORTED_IN_MODE',
      'Sharded pub/sub is off for this cluster client: set shardedPubSub (REDIS_SHARDED_PUBSUB=true) or drop { sharded: true }.',
    );
  }
  return sharded;
}
