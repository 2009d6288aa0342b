import { stdSerializers, type SerializedError } from 'pino';

/** How deep a chain of causes is followed (a cause chain is never this long in practice). */
const maxCauses = 8;

/** The cause of `error` when it is an Error-like object (the standard `cause` property). */
function causeOf(error: unknown): { readonly message: string } | undefined {
  const cause = (error as { cause?: unknown } | null | undefined)?.cause;
  return typeof (cause as { message?: unknown } | undefined)?.message === 'string'
    ? (cause as { message: string })
    : undefined;
}

/**
 * A pino `err` serializer for applications that log the layer's errors: pino's own (`stdSerializers.err`),
 * except that a cause's message is appended only when the error's message does not already say it.
 *
 * A `RedisError` names its cause in its own message (`EVALSHA failed: Connection is closed. (…)`), and pino
 * appends every cause's message to the logged `message`, so each such line read "…: Connection is closed." twice.
 * The stack keeps pino's "caused by" chain.
 *
 * @example
 * ```ts
 * const logger = pino({ serializers: { err: redisErrSerializer } });
 * // Fastify: Fastify({ logger: { serializers: { err: redisErrSerializer } } })
 * ```
 * @param error - the error logged as `err`.
 * @returns pino's serialized error with the de-duplicated `message`.
 */
export function redisErrSerializer(error: Error): SerializedError {
  const serialized = stdSerializers.err(error);
  let message = error.message;
  const seen = new Set<unknown>([error]);
  let cause = causeOf(error);
  for (let depth = 0; cause !== undefined && !seen.has(cause) && depth < maxCauses; depth += 1) {
    seen.add(cause);
    if (cause.message !== '' && !message.includes(cause.message)) message += `: ${cause.message}`;
    cause = causeOf(cause);
  }
  return { ...serialized, message };
}
