/**
 * Calls `target[member](...args)` by name, with junk arguments the member's types forbid.
 *
 * @param target - the service or pipeline.
 * @param member - the method's name.
 * @param args - the arguments.
 * @returns what the method returned.
 * @throws Error when `member` is not a method (a fuzz table out of date).
 */
export function callMember(target: object, member: string, args: readonly unknown[]): unknown {
  const method = (target as Record<string, ((...values: unknown[]) => unknown) | undefined>)[member];
  if (typeof method !== 'function') throw new Error(`${member} is not a method`);
  return method.apply(target, [...args]);
}
