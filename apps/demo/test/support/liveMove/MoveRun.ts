import { createDemoApp } from '../../../src/services/createDemoApp.js';
import type { DemoApp } from '../../../src/models/DemoApp.js';
import type { DemoSettings } from '../../../src/models/DemoSettings.js';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';
import { migrateCli, type CliRun } from './migrateCli.js';

/** Settings that keep every post of a run readable and never rate-limit the load. */
export const loadSettings: Partial<DemoSettings> = {
  port: 0,
  host: '127.0.0.1',
  logLevel: 'silent',
  historyMaxLength: 100_000,
  rateLimitMax: 1_000_000,
};

/** The sides of a move, as the application and `redis-migrate` read them from the environment. */
export function sideEnv(
  source: RedisStandaloneTopology,
  target: RedisClusterTopology,
): Record<string, string> {
  return {
    SOURCE_REDIS_URL: source.url,
    TARGET_REDIS_MODE: 'cluster',
    TARGET_REDIS_CLUSTER_NODES: target.startupNodes.map((node) => `${node.host}:${node.port}`).join(','),
  };
}

/** One step of the runbook and how long it took. */
export interface StepTiming {
  readonly step: string;
  readonly ms: number;
}

/**
 * Drives a run of the runbook: the demo instances, the `redis-migrate` commands (checked for their exit
 * code, with their output in the failure message), and the time of each step.
 */
export class MoveRun {
  public readonly timings: StepTiming[] = [];
  public readonly commands: CliRun[] = [];
  private readonly apps: DemoApp[] = [];
  private stepStarted = Date.now();
  private stepName = 'start';

  public constructor(private readonly env: Readonly<Record<string, string>>) {}

  /** Starts a demo instance with `env` on top of the sides (migrating unless `env` says otherwise). */
  public async startApp(env: Readonly<Record<string, string>>): Promise<DemoApp> {
    const app = await createDemoApp({ env: { ...env }, settings: loadSettings });
    this.apps.push(app);
    return app;
  }

  /** Closes every instance this run started. */
  public async closeApps(): Promise<void> {
    const apps = this.apps.splice(0);
    await Promise.allSettled(apps.map((app) => app.close()));
  }

  /** Ends the step in progress (timing it) and starts `name`. */
  public step(name: string): void {
    this.timings.push({ step: this.stepName, ms: Date.now() - this.stepStarted });
    this.stepName = name;
    this.stepStarted = Date.now();
  }

  /** Runs `redis-migrate args…`; throws with its output unless it exits with `expected`. */
  public async cli(args: readonly string[], expected = 0): Promise<CliRun> {
    const run = await migrateCli(args, this.env);
    this.commands.push(run);
    if (run.code !== expected)
      throw new Error(
        `${run.command} exited ${run.code} (expected ${expected}):\n${run.stdout}\n${run.stderr}`,
      );
    return run;
  }

  /** `verify --repair` until it exits 0 (a key written during a pass may need the next one), at most `tries` times. */
  public async repairUntilClean(extra: readonly string[] = [], tries = 5): Promise<CliRun> {
    let last: CliRun | undefined;
    for (let attempt = 1; attempt <= tries; attempt += 1) {
      last = await migrateCli(['verify', '--repair', ...extra], this.env);
      this.commands.push(last);
      if (last.code === 0) return last;
    }
    throw new Error(`verify --repair never came out clean:\n${last?.stdout}\n${last?.stderr}`);
  }
}

/** The phase an instance reports in `/health`. */
export async function phaseOf(app: DemoApp): Promise<string | undefined> {
  const response = await fetch(`${app.url}/health`);
  const body = (await response.json()) as { clients?: Record<string, { migration?: { phase?: string } }> };
  return body.clients?.['default']?.migration?.phase;
}

/** Waits until every instance reports `phase` (at most `timeoutMs`). */
export async function everyInstanceIn(
  apps: readonly DemoApp[],
  phase: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const phases = await Promise.all(apps.map(phaseOf));
    if (phases.every((found) => found === phase)) return;
    if (Date.now() > deadline)
      throw new Error(`instances in ${phases.join(', ')}, not ${phase}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The sum of a counter's series whose labels include `labels`, from an instance's `/metrics`. */
export async function metricSum(
  app: DemoApp,
  name: string,
  labels: Readonly<Record<string, string>>,
): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([label, value]) => line.includes(`${label}="${value}"`))) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}
