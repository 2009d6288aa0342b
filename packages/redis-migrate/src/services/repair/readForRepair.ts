import type { IRedisService } from '@org/redis-interface';
import { readForRepairLua } from '../../calculations/repairScripts.js';
import type { RepairRead } from '../../models/RepairRead.js';

/**
 * Read one key for `verify --repair`: its DUMP, absolute expiry and fingerprints in one script, so
 * they describe one moment.
 *
 * @throws RedisError from EVAL.
 */
export async function readForRepair(service: IRedisService, key: Buffer): Promise<RepairRead> {
  const reply = await service.bytes.eval(readForRepairLua, [key], []);
  if (!Array.isArray(reply) || reply.length < 4) return { kind: 'absent' };
  const [payload, expiresAt, exact, content] = reply as [Buffer, unknown, Buffer, Buffer];
  return {
    kind: 'present',
    payload,
    expiresAt: Number(expiresAt),
    exact: exact.toString(),
    content: content.toString(),
  };
}
