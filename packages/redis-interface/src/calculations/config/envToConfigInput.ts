import { z } from 'zod';
import { redisEnvVariableKeys, redisEnvVariables, type RedisEnvVariable } from './redisEnvVariables.js';

/** Converted values of the variables that are set. */
export type RedisEnvValues = Partial<Record<RedisEnvVariable, unknown>>;

const tlsDetails = [
  'tlsCaFile',
  'tlsCertFile',
  'tlsKeyFile',
  'tlsServername',
  'tlsRejectUnauthorized',
] as const;

/**
 * The rule that only exists in the environment: TLS detail variables next to `REDIS_TLS=false`.
 * (Detail variables alone turn TLS on.)
 */
export function tlsConflictSchema(
  names: Readonly<Record<RedisEnvVariable, string>>,
): z.ZodType<RedisEnvValues> {
  return z.custom<RedisEnvValues>().superRefine((values, context) => {
    if (values.tls !== false) return;
    for (const detail of tlsDetails) {
      if (values[detail] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [...redisEnvVariables[detail].option],
          message: `is set but ${names.tls} is false: unset it, or set ${names.tls}=true`,
        });
      }
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
