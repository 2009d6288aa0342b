import { redisBytesMembers, type RedisBytesMember } from '@org/redis-interface';
import type { Definition } from '../models/CommandDefinition.js';
import { serviceDefinitions } from './serviceDefinitions.js';

/**
 * The bytes view's definitions (`redis.bytes.get`…), derived from the text members' own: the same
 * definition with `buffer: true`, so the reply's bulk strings come as Buffers and the same reply
 * transform runs on them (transforms keep Buffers as they come, and turn names into text).
 * One-node, split and blocking definitions: the kinds that can send with Buffer replies.
 * @throws Error at load when a listed member has no such definition (a bug, caught by any test).
 */
export const bytesDefinitions: Readonly<Record<RedisBytesMember, Definition>> = Object.fromEntries(
  redisBytesMembers.map((member): [RedisBytesMember, Definition] => {
    const definition = serviceDefinitions[member];
    if (definition === undefined || definition.kind === 'fanOut' || definition.kind === 'node')
      throw new Error(
        `redisBytesMembers lists ${member}, which has no one-node, split or blocking definition`,
      );
    return [member, { ...definition, buffer: true }];
  }),
) as Record<RedisBytesMember, Definition>;
