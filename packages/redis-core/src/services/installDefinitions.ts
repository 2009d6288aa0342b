import type { CommandDefinition, Definition } from '../models/CommandDefinition.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { guarded } from './runCommand.js';
import { uniformDefinition } from './uniformDefinition.js';

/** Where an assembled service keeps its executor (not a public member: a symbol). */
export const executorOf: unique symbol = Symbol('executor');

/** An object whose methods run on an executor. */
export interface ExecutorHost {
  readonly [executorOf]: CommandExecutor;
}

/** An installed member: runs its definition on the receiver's executor. */
type Member = (this: ExecutorHost, ...args: unknown[]) => Promise<unknown>;

/** A one-slot command with nothing to decide before sending: no driver variant, no expected error. */
function isPlainCommand(definition: Definition): definition is CommandDefinition {
  return (
    (definition.kind === undefined || definition.kind === 'command') &&
    definition.variant === undefined &&
    definition.expected === undefined
  );
}

/**
 * The member for `definition` (already uniform). Most commands (GET, SET, HGET…) go straight to
 * the guard through `guarded` (shared with `runCommand`): a chain as short as a hand-written
 * method's, so V8 inlines the guard's promise and pending-command set-up into it. Through
 * `CommandExecutor.run` and its dispatch by kind the inlining budget ran out first, and a GET
 * cost about 10 % more of the layer's own time. The others go through `run`.
 */
function memberFor(definition: Definition): Member {
  if (isPlainCommand(definition)) {
    return function sendDefinition(this: ExecutorHost, ...args: unknown[]): Promise<unknown> {
      return guarded(this[executorOf], definition, args);
    };
  }
  return function runDefinition(this: ExecutorHost, ...args: unknown[]): Promise<unknown> {
    return this[executorOf].run(definition, args);
  };
}

/**
 * Give `prototype` one method per definition: `service.get(key)` runs the `get` definition on the
 * service's executor. The method is written once here, not once per command; its only allocation
 * is the argument list the definition's builder reads. It holds the definition in its uniform
 * shape ({@link uniformDefinition}), so the reads of it stay monomorphic.
 */
export function installDefinitions(
  prototype: object,
  definitions: Readonly<Record<string, Definition>>,
): void {
  for (const [member, written] of Object.entries(definitions)) {
    Object.defineProperty(prototype, member, {
      configurable: true,
      writable: true,
      value: memberFor(uniformDefinition(written)),
    });
  }
}
