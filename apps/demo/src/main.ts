/**
 * `pnpm demo`: starts the demo on the Redis named by `REDIS_*`, or, when none is named, on a local Redis
 * it starts itself through the testkit (a cluster with `REDIS_MODE=cluster`). With
 * `REDIS_MODE=migrating` it runs on the two sides of a live move named by `SOURCE_REDIS_*` and
 * `TARGET_REDIS_*`, and never starts a Redis. Prints the URL and the start-up time; Ctrl-C (SIGINT) or
 * SIGTERM closes the app, the Redis clients and the local Redis.
 */
import { RedisContainerModule } from '@org/redis-factory';
import { parseDemoSettings } from './calculations/parseDemoSettings.js';
import { describeRedisTarget } from './launcher/describeRedisTarget.js';
import { describeStartError } from './launcher/describeStartError.js';
import { embeddedRedisMode } from './launcher/embeddedRedisMode.js';
import { migratingSidesProblem } from './launcher/migratingSidesProblem.js';
import { startEmbeddedRedis, type EmbeddedRedis } from './launcher/startEmbeddedRedis.js';
import type { DemoApp } from './models/DemoApp.js';
import { createDemoApp } from './services/createDemoApp.js';

const shutdownDeadlineMs = 15_000;

let embedded: EmbeddedRedis | undefined;
let redisModule: RedisContainerModule | undefined;
let app: DemoApp | undefined;

/** Everything started so far, last first. Each step runs even when the one before failed. */
async function stopEverything(): Promise<void> {
  const steps = [() => app?.close(), () => redisModule?.shutdown(), () => embedded?.stop()];
  const failures = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'Some parts did not stop cleanly');
}

// An object, not a `let`: set by the signal handler while start-up is awaiting.
const state = { stopping: false };

function onSignal(signal: NodeJS.Signals): void {
  // Ctrl-C reaches every process of the terminal's group, and the testkit re-raises it: act once.
  if (state.stopping) return;
  state.stopping = true;
  console.log(`\n${signal}: stopping the demo…`);
  setTimeout(() => {
    console.error(`Still stopping after ${shutdownDeadlineMs} ms: exiting anyway.`);
    process.exit(1);
  }, shutdownDeadlineMs).unref();
  stopEverything().then(
    () => {
      console.log('Stopped.');
      process.exit(0);
    },
    (error: unknown) => {
      console.error('Stopping failed:', error);
      process.exit(1);
    },
  );
}
// Installed before anything starts, so that Ctrl-C during start-up also cleans up.
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const settings = (() => {
  try {
    return parseDemoSettings(process.env);
  } catch (error) {
    console.error(describeStartError(error, 0));
    process.exit(1);
  }
})();

try {
  const problem = migratingSidesProblem(process.env);
  if (problem !== undefined) throw new Error(problem);
  const mode = embeddedRedisMode(process.env);
  if (mode !== undefined) {
    console.log(
      `No REDIS_URL, REDIS_HOST, REDIS_PORT or REDIS_CLUSTER_NODES set: starting an embedded ${mode} Redis (set them to use your own)…`,
    );
    embedded = await startEmbeddedRedis(mode);
  }
  const env = { ...process.env, ...embedded?.env };
  redisModule = RedisContainerModule.fromEnv(env);
  app = await createDemoApp({ redisModule, env });
  if (!state.stopping) {
    console.log(
      `Demo ready at ${app.url} (${app.mode}, ${describeRedisTarget(env, embedded !== undefined)}) ` +
        `in ${Math.round(performance.now())} ms. Ctrl-C stops it.`,
    );
  }
} catch (error) {
  if (!state.stopping) {
    console.error(`The demo could not start. ${describeStartError(error, settings.port)}`);
    state.stopping = true;
    await stopEverything().catch(() => undefined);
    process.exit(1);
  }
}
