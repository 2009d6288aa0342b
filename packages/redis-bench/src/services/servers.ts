import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';

/** The servers of one benchmark run. */
export interface BenchServers {
  readonly standalone: RedisStandaloneTopology;
  /** 3 masters, no replicas. */
  readonly cluster: RedisClusterTopology;
  /** Stop both (idempotent). */
  stop(): Promise<void>;
}

const signals = ['SIGINT', 'SIGTERM'] as const;

/**
 * Start a standalone server and a 3-master cluster with the testkit, on free ports (never the
 * machine's own 6379). No replicas: on a small machine replica processes would take CPU from the
 * measured client, and masters serve all the traffic anyway. On SIGINT/SIGTERM the servers are
 * stopped before the process exits (the testkit also kills its processes by PID at exit).
 *
 * @throws what the testkit throws, after stopping whichever server did start.
 */
export async function startBenchServers(): Promise<BenchServers> {
  const started: { stop(): Promise<void> }[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = (): Promise<void> => {
    stopping ??= Promise.allSettled(started.map((server) => server.stop())).then(() => undefined);
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(`[bench] ${signal}: stopping the servers\n`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of signals) process.once(signal, onSignal);
  const release = async (): Promise<void> => {
    for (const signal of signals) process.off(signal, onSignal);
    await stopAll();
  };

  const [standalone, cluster] = await Promise.allSettled([
    startStandalone(),
    startCluster({ masters: 3, replicasPerMaster: 0 }),
  ]);
  for (const result of [standalone, cluster]) if (result.status === 'fulfilled') started.push(result.value);
  if (standalone.status === 'rejected' || cluster.status === 'rejected') {
    await release();
    throw standalone.status === 'rejected' ? standalone.reason : (cluster as PromiseRejectedResult).reason;
  }
  return { standalone: standalone.value, cluster: cluster.value, stop: release };
}
