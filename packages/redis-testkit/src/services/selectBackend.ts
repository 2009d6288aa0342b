import { parseTestEnvironment, type ExternalServers } from '../calculations/parseTestEnvironment.js';
import type { TestkitBackendKind } from '../models/RedisTopology.js';
import type { CommonStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { detectDocker } from './dockerAvailability.js';
import { findExecutable } from './findExecutable.js';

/** The backend chosen for one start, and the external servers when that is the choice. */
export interface BackendChoice {
  /** `external` (servers the environment names), `local` (`redis-server` on PATH) or `container`. */
  readonly kind: TestkitBackendKind;
  /** The servers `REDIS_TEST_URL` / `REDIS_TEST_CLUSTER_NODES` name (used when `kind` is `external`). */
  readonly external: ExternalServers;
}

const KINDS = ['auto', 'external', 'local', 'container'] as const;

/** Options an external server cannot honour (it was configured by someone else). */
function needsOwnServer(options: CommonStartOptions): boolean {
  return (
    options.tls === true ||
    options.password !== undefined ||
    options.users !== undefined ||
    options.extraArgs !== undefined
  );
}

/**
 * Pick where the servers come from, in this order: servers the environment names
 * (`REDIS_TEST_URL` / `REDIS_TEST_CLUSTER_NODES`, unless the options ask for TLS, passwords,
 * ACL users or extra arguments), `redis-server` on PATH, then testcontainers when a Docker
 * engine answers. `REDIS_TESTKIT_BACKEND=external|local|container` forces one.
 *
 * @throws TestkitError `NO_BACKEND` when none is available, saying how to get one.
 */
export async function selectBackend(
  topology: 'standalone' | 'cluster',
  options: CommonStartOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BackendChoice> {
  const external = parseTestEnvironment(env);
  const forced = env['REDIS_TESTKIT_BACKEND'] ?? 'auto';
  if (!(KINDS as readonly string[]).includes(forced)) {
    throw new TestkitError(
      'INVALID_ENVIRONMENT',
      `REDIS_TESTKIT_BACKEND is "${forced}": use one of ${KINDS.join(', ')}`,
    );
  }
  const named =
    topology === 'standalone' ? external.standalone !== undefined : external.clusterNodes !== undefined;
  if (forced === 'external' || (forced === 'auto' && named && !needsOwnServer(options))) {
    if (!named) {
      const variable = topology === 'standalone' ? 'REDIS_TEST_URL' : 'REDIS_TEST_CLUSTER_NODES';
      throw new TestkitError('NO_BACKEND', `REDIS_TESTKIT_BACKEND=external but ${variable} is not set`);
    }
    return { kind: 'external', external };
  }
  if (forced !== 'container' && findExecutable('redis-server', env['PATH']) !== undefined)
    return { kind: 'local', external };
  if (forced === 'local') {
    throw new TestkitError(
      'NO_BACKEND',
      'REDIS_TESTKIT_BACKEND=local but redis-server is not on PATH: apt-get install redis-server',
    );
  }
  const docker = await detectDocker(env);
  if (docker.available) return { kind: 'container', external };
  throw new TestkitError(
    'NO_BACKEND',
    `No Redis for tests: redis-server is not on PATH and ${docker.reason}. ` +
      'Install Redis 7 (apt-get install redis-server), start Docker, or name servers with REDIS_TEST_URL / REDIS_TEST_CLUSTER_NODES.',
  );
}
