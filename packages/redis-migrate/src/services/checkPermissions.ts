import { RedisError, type IRedisService, type RedisMode } from '@org/redis-interface';
import { permissionProbes } from '../calculations/permissionProbes.js';
import type { EndpointSide } from '../models/EndpointFlags.js';
import { callAnyNode, KEYLESS_TIMEOUT_MS } from './callAnyNode.js';
import type { CheckOutcome } from './runCheck.js';

/** Errors that mean "this user may not ask" (or the server has no ACL): the check is skipped, not failed. */
function refused(error: unknown): error is RedisError {
  return RedisError.is(error) && (error.code === 'NO_PERMISSION' || error.code === 'SERVER_ERROR');
}

/**
 * The configured user (`ACL WHOAMI`) may run what an application and a migration need on `side`
 * (see {@link permissionProbes}), asked with `ACL DRYRUN` (Redis 7), which runs nothing. Skipped,
 * and passing with the reason, when the user may not run those ACL commands or the server has none.
 *
 * @throws RedisError other than a refusal (`COMMAND_TIMEOUT`…): the check fails.
 */
export async function checkPermissions(
  service: IRedisService,
  side: EndpointSide,
  mode: RedisMode,
): Promise<CheckOutcome> {
  let user: string;
  try {
    user = await callAnyNode<string>(service, KEYLESS_TIMEOUT_MS, 'ACL', 'WHOAMI');
  } catch (error) {
    if (refused(error)) return { ok: true, detail: `skipped: ACL WHOAMI refused (${error.message})` };
    throw error;
  }
  const probes = permissionProbes(side, mode);
  const missing: string[] = [];
  for (const [index, probe] of probes.entries()) {
    let answer: unknown;
    try {
      answer = await callAnyNode(service, KEYLESS_TIMEOUT_MS, 'ACL', 'DRYRUN', user, ...probe.argv);
    } catch (error) {
      // Refused on the first probe: DRYRUN itself is not allowed (or the server predates it).
      if (index === 0 && refused(error)) {
        return { ok: true, detail: `skipped for user ${user}: ACL DRYRUN refused (${error.message})` };
      }
      if (!refused(error)) throw error;
      missing.push(`${probe.name} (${error.message})`);
      continue;
    }
    if (answer !== 'OK') missing.push(probe.name);
  }
  return missing.length === 0
    ? { ok: true, detail: `user ${user} may run the ${probes.length} commands checked` }
    : { ok: false, detail: `user ${user} lacks: ${missing.join(', ')}` };
}
