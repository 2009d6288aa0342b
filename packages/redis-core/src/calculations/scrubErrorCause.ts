import { RedisError, redactUrl } from '@org/redis-interface';
import { redactCommandArgs, redactedArgument } from './redactCommandArgs.js';

/** Marks the copies made here, so that scrubbing twice costs nothing and returns the same object. */
const scrubbedBrand: unique symbol = Symbol.for('@org/redis-core/scrubbed');
/** Properties holding further errors: standard `cause`, AggregateError `errors`, ioredis' own. */
const NESTED = new Set(['cause', 'errors', 'lastNodeError', 'previousErrors']);
/** Deeper chains than this are cut: no real error nests that far, and a cycle must end. */
const MAX_DEPTH = 16;

type Secrets = readonly string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCommand(value: unknown): value is { name: string; args: readonly unknown[] } {
  return isObject(value) && typeof value['name'] === 'string' && Array.isArray(value['args']);
}

/** Whether `value` is a copy made by {@link scrubErrorCause}. */
export function isScrubbed(value: unknown): boolean {
  return isObject(value) && (value as Record<symbol, unknown>)[scrubbedBrand] === true;
}

/** Every secret argument of every `command` recorded anywhere in the chain. */
function collectSecrets(value: unknown, found: Set<string>, seen: Set<object>, depth: number): void {
  if (!isObject(value) || seen.has(value) || depth > MAX_DEPTH) return;
  seen.add(value);
  if (isCommand(value['command'])) {
    for (const secret of redactCommandArgs(value['command'].name, value['command'].args).secrets)
      found.add(secret);
  }
  for (const key of NESTED) {
    const nested = Object.hasOwn(value, key) ? value[key] : undefined;
    for (const item of Array.isArray(nested) ? nested : [nested])
      collectSecrets(item, found, seen, depth + 1);
  }
}

function scrubText(text: string, secrets: Secrets): string {
  let result = redactUrl(text);
  for (const secret of secrets) result = result.replaceAll(secret, redactedArgument);
  return result;
}

function hidden(target: object, key: PropertyKey, value: unknown, enumerable = false): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

/** Copy `value`; `ancestors` are the objects being copied above it (a cycle becomes a marker). */
function copy(value: unknown, secrets: Secrets, ancestors: Set<object>, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (!isObject(value)) return value;
  if (isScrubbed(value)) return value;
  // A marker rather than the copy itself: the result stays a tree, which JSON.stringify can print.
  if (ancestors.has(value)) return '[Circular]';
  if (depth > MAX_DEPTH) return undefined;
  ancestors.add(value);
  try {
    return Array.isArray(value)
      ? value.map((item) => copy(item, secrets, ancestors, depth + 1))
      : copyObject(value, secrets, ancestors, depth);
  } finally {
    ancestors.delete(value);
  }
}

function copyObject(
  value: Record<string, unknown>,
  secrets: Secrets,
  ancestors: Set<object>,
  depth: number,
): object {
  const errorLike = value instanceof Error || typeof value['message'] === 'string';
  const target = (errorLike ? new Error(scrubText(String(value['message']), secrets)) : {}) as Record<
    string,
    unknown
  >;
  hidden(target, scrubbedBrand, true);
  if (errorLike) {
    const name = typeof value['name'] === 'string' ? value['name'] : 'Error';
    hidden(target, 'name', name);
    const stack =
      typeof value['stack'] === 'string' ? value['stack'] : `${name}: ${String(target['message'])}`;
    hidden(target, 'stack', scrubText(stack, secrets));
  }
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'message' || key === 'stack' || NESTED.has(key)) continue;
    if (key === 'command' && isCommand(field)) {
      target[key] = { name: field.name, args: redactCommandArgs(field.name, field.args).args };
    } else if (!isObject(field)) {
      // Primitive fields (code, errno, syscall, address, port) help debugging; objects may hold anything.
      const scrubbed = copy(field, secrets, ancestors, depth + 1);
      if (scrubbed !== undefined) target[key] = scrubbed;
    }
  }
  for (const key of NESTED) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor) || descriptor.value === undefined) continue;
    hidden(target, key, copy(descriptor.value, secrets, ancestors, depth + 1), descriptor.enumerable);
  }
  return target;
}

/**
 * A copy of an error chain that is safe to log whole: what ioredis rejected with, rebuilt as plain
 * `Error`s without the secrets it records. Each `command` (`{ name, args }`) gets its secret
 * arguments masked (see {@link redactCommandArgs}: AUTH, HELLO … AUTH, ACL SETUSER, CONFIG SET
 * requirepass…), those secrets and URL passwords are masked in every message, stack and text
 * field, and nested errors (`cause`, AggregateError `errors`, ClusterAllFailedError
 * `lastNodeError`, EXECABORT `previousErrors`) are copied the same way. Kept: name, message,
 * stack, primitive fields (`code`, `errno`, `address`…), the command name and its other
 * arguments. Dropped: fields holding other objects (they may hold client options).
 *
 * The input is not modified; ioredis may still hold it. Error path only.
 *
 * @param error - anything thrown or rejected.
 * @returns the scrubbed copy (a primitive as it is, a string with secrets masked).
 */
export function scrubErrorCause(error: unknown): unknown {
  if (!isObject(error) || isScrubbed(error)) return typeof error === 'string' ? scrubText(error, []) : error;
  const found = new Set<string>();
  collectSecrets(error, found, new Set(), 0);
  // Longest first: a secret that contains another is masked whole.
  const secrets = [...found].sort((a, b) => b.length - a.length);
  return copy(error, secrets, new Set(), 0);
}

/**
 * `error` itself when it has no cause or a scrubbed one; otherwise a copy (same code, message,
 * details and stack) whose cause went through {@link scrubErrorCause}. For a RedisError built
 * with a raw ioredis error as cause somewhere other than `mapRedisError`.
 *
 * @param error - a RedisError about to reach the caller.
 */
export function withScrubbedCause(error: RedisError): RedisError {
  if (error.cause === undefined || isScrubbed(error.cause)) return error;
  const clean = new RedisError(error.code, error.message, {
    cause: scrubErrorCause(error.cause),
    ...(error.details === undefined ? {} : { details: error.details }),
  });
  hidden(clean, 'stack', error.stack);
  return clean;
}
