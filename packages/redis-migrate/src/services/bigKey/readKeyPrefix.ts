import type { IRedisService } from '@org/redis-interface';

/** A key name for the probe; any name works, the script only echoes it. */
const probeKey = Buffer.from('redis-migrate-prefix-probe');

/** One probe per service: its prefix does not change while it is connected. */
const probes = new WeakMap<IRedisService, Promise<Buffer>>();

/**
 * The `keyPrefix` `service` puts in front of keys, as bytes. `IRedisService` does not expose its
 * configuration, so the prefix is read back from the server: `EVAL "return KEYS[1]"` echoes the key
 * as the layer sent it, prefix included. Needed to pick a temporary key in the right slot.
 *
 * @remarks One EVAL per service (cached); in a cluster it runs on the node serving the probe key.
 * @throws RedisError as `eval` (`NO_PERMISSION` when scripting is denied to the user).
 */
export function readKeyPrefix(service: IRedisService): Promise<Buffer> {
  let probe = probes.get(service);
  if (probe === undefined) {
    probe = service.bytes.eval('return KEYS[1]', [probeKey]).then((echoed) => {
      if (!Buffer.isBuffer(echoed) || !echoed.subarray(echoed.length - probeKey.length).equals(probeKey)) {
        throw new TypeError('The key prefix probe did not echo its key');
      }
      return echoed.subarray(0, echoed.length - probeKey.length);
    });
    probes.set(service, probe);
    probe.catch(() => probes.delete(service));
  }
  return probe;
}
