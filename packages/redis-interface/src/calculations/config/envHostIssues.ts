import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import { describeValue } from './describeValue.js';
import { hostWithPort } from './hostWithPort.js';
import type { RedisEnvValues } from './envToConfigInput.js';
import type { RedisEnvVariable } from './redisEnvVariables.js';

/**
 * The environment's wording of the host-with-port problem (`REDIS_HOST=127.0.0.1:6380`), which names the
 * variables to use instead. In cluster mode `REDIS_HOST` is reported as a standalone-only variable instead.
 */
export function envHostIssues(
  values: RedisEnvValues,
  names: Readonly<Record<RedisEnvVariable, string>>,
): RedisConfigIssue[] {
  if (values.mode === 'cluster' || typeof values.host !== 'string') return [];
  const parts = hostWithPort(values.host);
  if (parts === undefined) return [];
  return [
    {
      path: names.host,
      message:
        `${names.host} ${describeValue(values.host)} includes a port: set ${names.host}=${parts.host} and ` +
        `${names.port}=${parts.port}, or give the whole address as ${names.url}`,
    },
  ];
}
