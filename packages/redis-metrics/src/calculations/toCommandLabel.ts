const commandPattern = /^[a-z][a-z0-9_ -]{0,31}$/;

/**
 * The `command` label for a command name: the name itself when it looks like a Redis command
 * name (`get`, `pipeline`, `transaction`, `client list`…), else `other`. The drivers only report
 * names from a fixed set; this keeps the series count bounded even if a caller's name slips in.
 *
 * @param command - the `command` field of a command event.
 * @returns a name matching `/^[a-z][a-z0-9_ -]{0,31}$/`, or `other`.
 */
export function toCommandLabel(command: unknown): string {
  return typeof command === 'string' && commandPattern.test(command) ? command : 'other';
}
