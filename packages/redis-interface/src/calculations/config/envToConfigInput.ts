import { z } from 'zod';
import { redisEnvVariableKeys, redisEnvVariables, type RedisEnvVariable } from './redisEnvVariables.js';

/** Converted values of the variables that are set. */
export type RedisEnvValues = Partial<Record<RedisEnvVariable, unknown>>;

// The TLS variables that ask for TLS by being set: a CA, a client certificate or a server name only make
// sense over TLS. REDIS_TLS_REJECT_UNAUTHORIZED is not one of them: it tunes certificate checks, and its
// default (true) written out must not change anything.
const tlsEnablers = ['tlsCaFile', 'tlsCertFile', 'tlsKeyFile', 'tlsServername'] as const;
const tlsDetails = [...tlsEnablers, 'tlsRejectUnauthorized'] as const;

// Text only: the URL is parsed (and reported) by the configuration schema.
function urlAsksForTls(url: unknown): boolean {
  return typeof url === 'string' && /^rediss:/i.test(url.trim());
}

/** Whether TLS is on without REDIS_TLS saying so: `rediss://` or a variable that asks for it. */
function tlsImplied(values: RedisEnvValues): boolean {
  return urlAsksForTls(values.url) || tlsEnablers.some((detail) => values[detail] !== undefined);
}

/**
 * The rules that only exist in the environment: TLS detail variables next to `REDIS_TLS=false`, and
 * `REDIS_TLS_REJECT_UNAUTHORIZED=false` while TLS is off. (The other detail variables alone turn TLS on;
 * `REDIS_TLS_REJECT_UNAUTHORIZED=true` with TLS off is the default and changes nothing.)
 */
export function tlsConflictSchema(
  names: Readonly<Record<RedisEnvVariable, string>>,
): z.ZodType<RedisEnvValues> {
  return z.custom<RedisEnvValues>().superRefine((values, context) => {
    const conflict = (detail: (typeof tlsDetails)[number], message: string): void => {
      context.addIssue({ code: 'custom', path: [...redisEnvVariables[detail].option], message });
    };
    if (values.tls === false) {
      for (const detail of tlsDetails) {
        if (values[detail] !== undefined && values[detail] !== true)
          conflict(detail, `is set but ${names.tls} is false: unset it, or set ${names.tls}=true`);
      }
    } else if (values.tls === undefined && !tlsImplied(values) && values.tlsRejectUnauthorized === false) {
      conflict(
        'tlsRejectUnauthorized',
        `is false but TLS is off, so it would change nothing: set ${names.tls}=true (or use a rediss:// URL) to connect with TLS, or unset it`,
      );
    }
  });
}

function tlsInput(values: RedisEnvValues): unknown {
  const details = Object.fromEntries(
    tlsDetails.flatMap((detail) => {
      const value = values[detail];
      return value === undefined ? [] : [[redisEnvVariables[detail].option[1], value]];
    }),
  );
  if (Object.keys(details).length === 0 || values.tls === false) return values.tls;
  // REDIS_TLS_REJECT_UNAUTHORIZED=true alone: TLS stays off. A malformed value is passed on to be reported.
  if (values.tls === undefined && !tlsImplied(values) && values.tlsRejectUnauthorized === true)
    return undefined;
  // A malformed REDIS_TLS is passed on so that it gets reported.
  return values.tls === true || values.tls === undefined ? details : values.tls;
}

/**
 * The options object the environment describes, for the configuration schema. Unset variables are left
 * out, so the schema fills their defaults; variables of the other mode are kept, so it reports them.
 */
export function envToConfigInput(values: RedisEnvValues): Record<string, unknown> {
  const input: Record<string, unknown> = { mode: values.mode ?? 'standalone' };
  for (const key of redisEnvVariableKeys) {
    const option: readonly string[] = redisEnvVariables[key].option;
    const [name] = option;
    if (option.length === 1 && name !== undefined && key !== 'mode' && values[key] !== undefined)
      input[name] = values[key];
  }
  const tls = tlsInput(values);
  if (tls !== undefined) input['tls'] = tls;
  return input;
}
