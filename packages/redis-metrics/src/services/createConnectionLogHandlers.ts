import type { RedisClusterEvent, RedisConnectionEvent } from '@org/redis-interface';
import type { Logger } from 'pino';

/** The subscribers of the `connection` and `cluster` channels, sharing what they know of each client. */
export interface ConnectionLogHandlers {
  readonly connection: (event: unknown) => void;
  readonly cluster: (event: unknown) => void;
  /** Whether the client with this label was ready and is now reconnecting (in an outage). */
  readonly isDown: (client: string) => boolean;
}

/**
 * The subscribers that write connection lifecycle and cluster topology events to `logger`, one outage
 * at a time: a client that was ready and starts reconnecting is one `warn` ("redis connection lost"),
 * its return one `info` ("redis connection back", with `downForMs`).
 *
 * While a server or a whole cluster stays down, ioredis retries every few hundred milliseconds and each
 * attempt closes a connection, adds and drops nodes and refreshes the slot table: thousands of lines in a
 * minute, which buried the two that matter. Those repeats are `debug` while the client is down. A first
 * `ready` is `info` ("redis connection ready"), and so is `ended` (after `quit()`: a `close` that is not
 * followed by `reconnecting` is a shutdown, not an outage). Failovers are `warn`, redirections `debug`.
 * State is kept per client label.
 */
export function createConnectionLogHandlers(logger: Logger): ConnectionLogHandlers {
  // Clients seen ready, by label: false while up, the time it went down while down.
  const downSince = new Map<string, number | false>();
  return {
    connection: (raw) => {
      const { client, mode, state } = raw as RedisConnectionEvent;
      const fields = { client, mode, state };
      const down = downSince.get(client);
      switch (state) {
        case 'ready':
          downSince.set(client, false);
          if (down === undefined) logger.info(fields, 'redis connection ready');
          else if (down === false) logger.debug(fields, 'redis connection ready');
          else logger.info({ ...fields, downForMs: Date.now() - down }, 'redis connection back');
          return;
        case 'reconnecting':
          if (down === false) {
            downSince.set(client, Date.now());
            logger.warn(
              fields,
              'redis connection lost: reconnecting (commands fail or wait until it is back)',
            );
          } else logger.debug(fields, 'redis connection reconnecting');
          return;
        case 'ended':
          downSince.delete(client);
          logger.info(fields, 'redis connection ended');
          return;
        default:
          logger.debug(fields, `redis connection ${state}`);
      }
    },
    cluster: (raw) => {
      const { client, mode, event, node } = raw as RedisClusterEvent;
      const fields = { client, mode, event, ...(node === undefined ? {} : { node }) };
      const message = `redis cluster ${event}`;
      if (event === 'failover') logger.warn(fields, message);
      else if (event === 'redirection' || typeof downSince.get(client) === 'number')
        logger.debug(fields, message);
      else logger.info(fields, message);
    },
    isDown: (client) => typeof downSince.get(client) === 'number',
  };
}
