import { serviceDefinitions, type Definition } from '@org/redis-core';
import {
  redisBytesMembers,
  type IRedisBytesView,
  type RedisValue,
  type ScanOptions,
  type ScanPage,
} from '@org/redis-interface';
import { installMigratingMembers, routerOf, type RouterHost } from './installMigratingMembers.js';
import type { MigrationRouter } from './MigrationRouter.js';
import { routeCall } from './routeCall.js';

/** `redis.bytes` of a migrating service: the sides' bytes views, routed like the text members. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface below
export class MigratingBytesView implements RouterHost {
  public readonly [routerOf]: MigrationRouter;

  /** @param router - the service's router. */
  public constructor(router: MigrationRouter) {
    this[routerOf] = router;
  }

  /** `call` with Buffer replies, routed by the command's role. */
  public call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T> {
    return routeCall(this[routerOf], command, args, true) as Promise<T>;
  }

  /** A page of the read side's keyspace, names as Buffers. */
  public scanPage(node: string, cursor: string, options?: ScanOptions): Promise<ScanPage<Buffer>> {
    return this[routerOf].watcher.roles.read.bytes.scanPage(node, cursor, options);
  }
}

// The members are installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging -- installed by installMigratingMembers
export interface MigratingBytesView extends IRedisBytesView {}

installMigratingMembers(
  MigratingBytesView.prototype,
  Object.fromEntries(
    redisBytesMembers.map((member): [string, Definition] => {
      const definition = serviceDefinitions[member];
      if (definition === undefined) throw new Error(`no definition for the bytes member ${member}`);
      return [member, definition];
    }),
  ),
  true,
);
