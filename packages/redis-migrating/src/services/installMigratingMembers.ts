import type { Definition } from '@org/redis-core';
import { memberRole } from '../calculations/memberRole.js';
import type { MigrationRouter } from './MigrationRouter.js';

/** Where a migrating service (or its bytes view) keeps its router (not a public member: a symbol). */
export const routerOf: unique symbol = Symbol('router');

/** An object whose members run through a {@link MigrationRouter}. */
export interface RouterHost {
  readonly [routerOf]: MigrationRouter;
}

type Member = (this: RouterHost, ...args: unknown[]) => Promise<unknown>;

function memberFor(member: string, definition: Definition, bytes: boolean): Member {
  switch (memberRole(member, definition)) {
    case 'read':
      return function readOnSides(this: RouterHost, ...args: unknown[]): Promise<unknown> {
        return this[routerOf].read(definition, member, args, bytes);
      };
    case 'authoritative':
      return function runOnAuthoritative(this: RouterHost, ...args: unknown[]): Promise<unknown> {
        return this[routerOf].authoritative(member, args, bytes);
      };
    case 'write':
      return function writeOnSides(this: RouterHost, ...args: unknown[]): Promise<unknown> {
        return this[routerOf].write(definition, member, args, bytes);
      };
  }
}

/**
 * Gives `prototype` one method per definition, each running on the sides its role and the phase
 * name (see {@link MigrationRouter}): the members of the drivers, from the same table, with no
 * code per command.
 *
 * @param prototype - the migrating service's (or its bytes view's) prototype.
 * @param definitions - the members to install, by name.
 * @param bytes - whether the members are those of the bytes view.
 */
export function installMigratingMembers(
  prototype: object,
  definitions: Readonly<Record<string, Definition>>,
  bytes: boolean,
): void {
  for (const [member, definition] of Object.entries(definitions))
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: memberFor(member, definition, bytes),
    });
}

/**
 * Gives `prototype` members that run as they are on the phase's read side, for the members whose
 * result stays bound to one side (a scan's iterator, `scanPage`'s node names).
 *
 * @param prototype - the migrating service's prototype.
 * @param members - the service members to forward.
 */
export function installReadSideMembers(prototype: object, members: readonly string[]): void {
  for (const member of members)
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: function onReadSide(this: RouterHost, ...args: unknown[]): unknown {
        const read = this[routerOf].watcher.roles.read as unknown as Record<
          string,
          (...args: unknown[]) => unknown
        >;
        return read[member]?.(...args);
      },
    });
}
