import type { CommandExecutor } from './CommandExecutor.js';
import { executorOf, type ExecutorHost } from './installDefinitions.js';

/**
 * Members that are not one definition (iterators over a cursor…), each written once as a function
 * of the executor and the member's arguments, typed from the interface `I` (the compiler checks
 * parameters and results against it).
 */
export type OperationsOf<I> = {
  readonly [K in keyof I]-?: I[K] extends (...args: infer A) => infer R
    ? (executor: CommandExecutor, ...args: A) => R
    : never;
};

/** Any operation, by member name. */
export type Operation = (executor: CommandExecutor, ...args: never[]) => unknown;

/**
 * Give `prototype` one method per operation: `service.hscan(key)` calls the `hscan` operation with
 * the service's executor. The sibling of `installDefinitions` for hand-written members.
 */
export function installOperations(prototype: object, operations: Readonly<Record<string, Operation>>): void {
  for (const [member, operation] of Object.entries(operations)) {
    const run = operation as (executor: CommandExecutor, ...args: unknown[]) => unknown;
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: function runOperation(this: ExecutorHost, ...args: unknown[]): unknown {
        return run(this[executorOf], ...args);
      },
    });
  }
}
