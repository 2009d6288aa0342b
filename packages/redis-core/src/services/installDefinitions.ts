import type { Definition } from '../models/CommandDefinition.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { uniformDefinition } from './uniformDefinition.js';

/** Where an assembled service keeps its executor (not a public member: a symbol). */
export const executorOf: unique symbol = Symbol('executor');

/** An object whose methods run on an executor. */
export interface ExecutorHost {
  readonly [executorOf]: CommandExecutor;
}

/**
 * Give `prototype` one method per definition: `service.get(key)` runs the `get` definition on the
 * service's executor. The method is written once here, not once per command; its only allocation
 * is the argument list the definition's builder reads. It holds the definition in its uniform
 * shape ({@link uniformDefinition}), so the executor's reads of it stay monomorphic.
 */
export function installDefinitions(
  prototype: object,
  definitions: Readonly<Record<string, Definition>>,
): void {
  for (const [member, written] of Object.entries(definitions)) {
    const definition = uniformDefinition(written);
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: function runDefinition(this: ExecutorHost, ...args: unknown[]): Promise<unknown> {
        return this[executorOf].run(definition, args);
      },
    });
  }
}
