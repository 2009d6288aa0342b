import type { RedisValue } from '@org/redis-interface';
import { commandRole } from '../calculations/memberRole.js';
import type { MigrationRouter } from './MigrationRouter.js';

/**
 * `call(command, …args)` on the sides its command's role names ({@link commandRole}). A write's
 * keys are not known here (Redis's key specs are read by the driver), so a refused replay is
 * counted and published without keys.
 */
export function routeCall(
  router: MigrationRouter,
  command: string,
  args: readonly RedisValue[],
  bytes: boolean,
): Promise<unknown> {
  const callArgs = [command, ...args];
  switch (commandRole(command)) {
    case 'read':
      return router.read(undefined, 'call', callArgs, bytes);
    case 'authoritative':
      return router.authoritative('call', callArgs, bytes);
    case 'write':
      return router.write(undefined, 'call', callArgs, bytes);
  }
}
