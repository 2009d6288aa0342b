import { keySlot, type QueuedCommand } from '@org/redis-core';

/**
 * Positions of `commands` grouped by the master serving each command's key (`host:port`, read
 * from the client's slot table), groups in order of first appearance. A command without a key,
 * or whose slot has no known master, is grouped under `undefined`: the cluster client routes
 * those itself.
 */
export function groupByNode(
  commands: readonly QueuedCommand[],
  slots: readonly (readonly string[] | undefined)[],
  keyPrefix: string,
): Map<string | undefined, number[]> {
  const groups = new Map<string | undefined, number[]>();
  commands.forEach((command, index) => {
    const node = command.key === undefined ? undefined : slots[keySlot(command.key, keyPrefix)]?.[0];
    const group = groups.get(node);
    if (group === undefined) groups.set(node, [index]);
    else group.push(index);
  });
  return groups;
}
