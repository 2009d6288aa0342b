import {
  validateRedisMigratingConfig,
  type IRedisService,
  type RedisConfigInput,
  type RedisMode,
  type RedisValue,
} from '@org/redis-interface';
import { RedisMigratingService } from '@org/redis-migrating';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';
import type { CliContext } from '../../src/cli/CliContext.js';
import { runCli } from '../../src/cli/runCli.js';
import type { CopyReport } from '../../src/models/CopyReport.js';
import type { Reporter } from '../../src/models/Progress.js';
import { copyKeys } from '../../src/services/copyKeys.js';
import { openEndpoints, type Endpoints } from '../../src/services/openEndpoints.js';

type Topology = RedisStandaloneTopology | RedisClusterTopology;

function flagsOf(topology: Topology): { url?: string; cluster?: string } {
  return topology.kind === 'standalone'
    ? { url: topology.url }
    : { cluster: topology.startupNodes.map((node) => `${node.host}:${node.port}`).join(',') };
}

/** Both sides opened the way the CLI opens them, for calling the library in-process. */
export function openLiveEndpoints(source: Topology, target: Topology): Promise<Endpoints> {
  return openEndpoints({ source: flagsOf(source), target: flagsOf(target), env: {} });
}

const applications = new WeakMap<object, Promise<IRedisService>>();

/**
 * The application of a race test: a real migrating service (`@org/redis-migrating`) over the two
 * endpoints' own connected services, so the application's writes take the path they take in
 * production. Its configuration's addresses are placeholders: the side factory hands out the
 * endpoints' services, picked by the side name the migrating service gives each side.
 */
function applicationOf(endpoints: Pick<Endpoints, 'source' | 'target'>): Promise<IRedisService> {
  let application = applications.get(endpoints);
  if (application === undefined) {
    const placeholder = (mode: RedisMode): RedisConfigInput =>
      mode === 'cluster'
        ? { mode, nodes: [{ host: '127.0.0.1', port: 1 }] }
        : { mode: 'standalone', host: '127.0.0.1', port: 1 };
    const config = validateRedisMigratingConfig({
      mode: 'migrating',
      source: placeholder(endpoints.source.mode),
      target: placeholder(endpoints.target.mode),
    });
    const service = new RedisMigratingService(config, (side) =>
      side.connectionName?.endsWith(':source') === true ? endpoints.source.service : endpoints.target.service,
    );
    application = service.connect().then(() => service);
    applications.set(endpoints, application);
  }
  return application;
}

/**
 * An application write during `dual-write`, through the migrating service: on the source
 * (authoritative) and then on the target, as production does it.
 *
 * @returns the source's reply.
 */
export async function dualWrite(
  endpoints: Pick<Endpoints, 'source' | 'target'>,
  command: string,
  ...args: readonly RedisValue[]
): Promise<unknown> {
  return (await applicationOf(endpoints)).call(command, ...args);
}

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `redis-migrate args…` in this process (no build needed), capturing its output. */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    env: {},
    stdout: { write: (text: string) => ((stdout += text), true) } as unknown as NodeJS.WritableStream,
    stderr: { write: (text: string) => ((stderr += text), true) } as unknown as NodeJS.WritableStream,
    signals: { once: () => process, removeListener: () => process },
  };
  const exitCode = await runCli(args, context);
  return { exitCode, stdout, stderr };
}

/** `--source …`/`--target …` flags for two testkit topologies. */
export function sideArgs(source: Topology, target: Topology): string[] {
  const args = (side: 'source' | 'target', topology: Topology): string[] =>
    topology.kind === 'standalone'
      ? [`--${side}`, topology.url]
      : [`--${side}-cluster`, topology.startupNodes.map((node) => `${node.host}:${node.port}`).join(',')];
  return [...args('source', source), ...args('target', target)];
}

/** The last `{"type":"result"}` or `{"type":"error"}` line of a `--json` run. */
export function lastJson(run: CliRun): Record<string, unknown> {
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  const last = lines.at(-1);
  if (last === undefined) throw new Error(`No JSON line. stderr:\n${run.stderr}`);
  return JSON.parse(last) as Record<string, unknown>;
}

/** A reporter that prints nothing, for library calls from tests. */
export const silentReporter: Reporter = {
  info: () => undefined,
  warn: () => undefined,
  progress: () => ({ update: () => undefined, stop: () => undefined }),
  result: () => Promise.resolve(),
};

/** What {@link runLiveCopy} copies, and the seam it runs between each read and write. */
export interface LiveCopyRun {
  readonly match: string;
  readonly checkpointPath: string;
  readonly afterRead?: (keys: readonly Buffer[]) => Promise<void>;
  readonly bigKeyBytes?: number;
  readonly controlKey?: string;
}

/** `copy --live --match <match>` in-process, with the `afterRead` seam. */
export function runLiveCopy(endpoints: Endpoints, run: LiveCopyRun): Promise<CopyReport> {
  return copyKeys({
    endpoints,
    reporter: silentReporter,
    signals: { once: () => process, removeListener: () => process },
    options: {
      onExisting: 'skip',
      batch: 100,
      inflight: 2,
      maxOpsPerSecond: undefined,
      bigKeyBytes: run.bigKeyBytes ?? 0,
      match: run.match,
      checkpointPath: run.checkpointPath,
      checkpointIntervalMs: 60_000,
      resume: false,
      retryForMs: 5_000,
      live: { controlKey: run.controlKey ?? 'redis-migrate:phase', afterRead: run.afterRead },
    },
  });
}
