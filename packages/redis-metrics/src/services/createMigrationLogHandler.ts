import { redisMigrationPhases, type RedisMigrationEvent } from '@org/redis-interface';
import type { Logger } from 'pino';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toCommandLabel } from '../calculations/toCommandLabel.js';
import { toErrorCodeLabel } from '../calculations/toErrorCodeLabel.js';

const phases: ReadonlySet<string> = new Set(redisMigrationPhases);
const sides: ReadonlySet<string> = new Set(['source', 'target']);
/**
 * Key names logged per line at most. A failed pipeline or MSET can carry thousands of keys: one
 * line of megabytes is what log shippers cut or drop, losing the whole line; `keyCount` still says
 * how many there were.
 */
const maxLoggedKeys = 100;

/** `{ keys, keyCount }` when the event carries keys (the service opted in), else nothing. */
function keyFields(keys: unknown): { keys?: string[]; keyCount?: number } {
  if (!Array.isArray(keys) || keys.length === 0) return {};
  return { keys: keys.slice(0, maxLoggedKeys).map(String), keyCount: keys.length };
}

/**
 * The subscriber of the `migration` channel that writes a migrating service's events to `logger`:
 * a phase (at connect and at every switch) at `info`; a write the second side refused and a shadow
 * read whose answers differ at `warn`, with the keys only when the event carries them
 * (`logMismatchedKeys`); a shadow read that failed on the target at `debug`, since the target's
 * own client already logs the failed command at `warn`. Matching shadow reads are not logged:
 * `redis_client_migration_shadow_reads_total` counts them.
 */
export function createMigrationLogHandler(logger: Logger): (event: unknown) => void {
  return (raw) => {
    const event = raw as RedisMigrationEvent;
    const { client } = event;
    switch (event.event) {
      case 'phase': {
        const phase = toBoundedLabel(event.phase, phases);
        const fields = {
          client,
          event: event.event,
          phase,
          ...(event.previous === undefined ? {} : { previous: toBoundedLabel(event.previous, phases) }),
          revision: event.revision,
        };
        logger.info(fields, `redis migration phase ${phase}`);
        return;
      }
      case 'secondary-write-failed':
        logger.warn(
          {
            client,
            event: event.event,
            side: toBoundedLabel(event.side, sides),
            command: toCommandLabel(event.command),
            code: toErrorCodeLabel(event.errorCode),
            ...keyFields(event.keys),
          },
          'redis migration secondary write failed',
        );
        return;
      case 'shadow-read': {
        if (event.outcome === 'match') return;
        const fields = { client, event: event.event, command: toCommandLabel(event.command) };
        if (event.outcome === 'mismatch') {
          logger.warn(
            { ...fields, outcome: event.outcome, ...keyFields(event.keys) },
            'redis migration shadow read mismatch',
          );
        } else {
          logger.debug({ ...fields, outcome: event.outcome }, 'redis migration shadow read failed');
        }
        return;
      }
    }
  };
}
