import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCredentials } from '../models/RedisNodeInfo.js';
import type { CommonStartOptions } from '../models/StartOptions.js';
import type { ServerSpec } from '../calculations/serverArguments.js';
import { freePorts } from './freePort.js';
import { removeTempDir, trackTempDir } from './processRegistry.js';
import { RedisServerProcess } from './RedisServerProcess.js';
import { generateTlsFiles, type TlsFiles } from './tlsCertificates.js';

/** Loopback address every local server binds to. */
export const LOCAL_HOST = '127.0.0.1';
/** How many times a start is retried with fresh ports when another process took one. */
const PORT_ATTEMPTS = 3;

/** A temp dir for one topology, with TLS files when asked for. */
export interface LocalWorkspace {
  readonly dir: string;
  readonly tls: TlsFiles | undefined;
  readonly credentials: TestCredentials | undefined;
  release(): void;
}

/** Create the topology's temp dir (tracked for cleanup) and its TLS material. */
export async function createWorkspace(options: CommonStartOptions): Promise<LocalWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'org-redis-testkit-'));
  trackTempDir(dir);
  const tls = options.tls === true ? await generateTlsFiles(dir) : undefined;
  const credentials = options.password === undefined ? undefined : { password: options.password };
  return { dir, tls, credentials, release: () => removeTempDir(dir) };
}

/**
 * Start one server per entry of `nodeNames` on fresh ports, in parallel. A node that fails
 * (typically a port taken between probe and bind) is retried on new ports.
 */
export async function startLocalServers(
  workspace: LocalWorkspace,
  options: CommonStartOptions,
  nodeNames: readonly string[],
  cluster: { readonly nodeTimeoutMs: number } | undefined,
): Promise<RedisServerProcess[]> {
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const results = await Promise.allSettled(
    nodeNames.map(async (name) => {
      const nodeDir = join(workspace.dir, name);
      await mkdir(nodeDir, { recursive: true });
      for (let attempt = 1; ; attempt += 1) {
        const [port = 0, busPort = 0] = await freePorts(2, LOCAL_HOST);
        const spec: ServerSpec = {
          host: LOCAL_HOST,
          port,
          dir: nodeDir,
          logFile: join(nodeDir, 'redis.log'),
          ...(cluster === undefined ? {} : { cluster: { busPort, nodeTimeoutMs: cluster.nodeTimeoutMs } }),
          ...(workspace.tls === undefined
            ? {}
            : {
                tls: {
                  certFile: workspace.tls.serverCertFile,
                  keyFile: workspace.tls.serverKeyFile,
                  caFile: workspace.tls.material.files.ca,
                },
              }),
          ...(options.password === undefined ? {} : { password: options.password }),
          ...(options.users === undefined ? {} : { users: options.users }),
          ...(options.extraArgs === undefined ? {} : { extraArgs: options.extraArgs }),
        };
        const server = new RedisServerProcess(spec, {
          host: LOCAL_HOST,
          port,
          tls: workspace.tls?.material,
          credentials: workspace.credentials,
        });
        try {
          await server.start(timeoutMs);
          return server;
        } catch (error) {
          await server.stop();
          if (attempt >= PORT_ATTEMPTS || !server.logTail().includes('Address already in use')) throw error;
        }
      }
    }),
  );
  const started = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
    // Leave nothing half-started behind: the caller gets the error, not orphans.
    await Promise.all(started.map((server) => server.stop()));
    throw failure.reason;
  }
  return started;
}
