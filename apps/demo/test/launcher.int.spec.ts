// `pnpm demo` (src/main.ts) as a user runs it: with REDIS_* or an embedded Redis in both modes, the URL
// and start-up time printed, everything stopped on SIGINT, a clear message when the port is taken.
import { connect } from 'node:net';
import { redisTestServers } from '@org/redis-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { migratingEnv } from './support/demoEnv.js';
import { Launcher, urlOf, type LauncherCommand } from './support/Launcher.js';

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The port of the first `127.0.0.1:PORT` after `marker` in a line. */
function redisPortIn(line: string, marker: string): number {
  const match = new RegExp(`${marker}[^)]*?127\\.0\\.0\\.1:(\\d+)`).exec(line);
  return Number(match?.[1]);
}

describe('demo launcher (src/main.ts)', () => {
  const launchers: Launcher[] = [];
  function launch(env: Record<string, string>, command: LauncherCommand = 'node'): Launcher {
    const launcher = new Launcher(env, command);
    launchers.push(launcher);
    return launcher;
  }
  afterEach(async () => {
    await Promise.all(launchers.splice(0).map((launcher) => launcher.kill()));
  });

  describe('having REDIS_URL', () => {
    it('should print the URL and the start-up time, serve /health, and exit 0 on SIGINT', async () => {
      const launcher = launch({ REDIS_URL: redisTestServers().standalone.url });
      const line = await launcher.ready();
      const health = await fetch(`${urlOf(line)}/health`);
      const exit = await launcher.stop();
      expect([line, health.status, exit.code]).toStrictEqual([
        expect.stringMatching(
          /^Demo ready at http:\/\/127\.0\.0\.1:\d+ \(standalone, Redis redis:\/\/127\.0\.0\.1:\d+\) in \d+ ms/,
        ),
        200,
        0,
      ]);
    });
  });

  describe('having no REDIS_* variables', () => {
    it('should start an embedded standalone Redis and stop it on SIGINT', async () => {
      const launcher = launch({});
      const line = await launcher.ready();
      const port = redisPortIn(line, 'embedded Redis');
      const upBefore = await listening(port);
      const exit = await launcher.stop();
      expect([line, upBefore, exit.code, await listening(port)]).toStrictEqual([
        expect.stringContaining('(standalone, embedded Redis redis://127.0.0.1:'),
        true,
        0,
        false,
      ]);
    });
  });

  describe('run as `pnpm demo`, with SIGTERM sent to the pnpm process', () => {
    it('should stop the app and its embedded Redis too', async () => {
      const launcher = launch({}, 'pnpm demo');
      const line = await launcher.ready(40_000);
      const port = redisPortIn(line, 'embedded Redis');
      const upBefore = await listening(port);
      await launcher.stop('SIGTERM');
      // pnpm exits at once; the node process (and the Redis it started) must follow, not stay behind.
      const output = await launcher.outputClosed(20_000);
      expect([upBefore, output, await listening(port)]).toStrictEqual([
        true,
        expect.stringContaining('SIGTERM: stopping the demo…\nStopped.'),
        false,
      ]);
    }, 60_000);
  });

  describe('having only REDIS_MODE=cluster', () => {
    it('should start an embedded cluster, answer /health with 200, and stop it on SIGINT', async () => {
      const launcher = launch({ REDIS_MODE: 'cluster' });
      const line = await launcher.ready(40_000);
      const port = redisPortIn(line, 'Cluster via ');
      const health = await fetch(`${urlOf(line)}/health`);
      const exit = await launcher.stop();
      expect([line, health.status, exit.code, await listening(port)]).toStrictEqual([
        expect.stringContaining('(cluster, embedded Redis Cluster via 127.0.0.1:'),
        200,
        0,
        false,
      ]);
    }, 60_000);
  });

  describe('having REDIS_MODE=migrating and both sides', () => {
    it('should name both sides, show the phase in /health, and exit 0 on SIGINT', async () => {
      const launcher = launch(migratingEnv());
      const line = await launcher.ready();
      const health = await fetch(`${urlOf(line)}/health`);
      const body = (await health.json()) as { clients: { default: { migration?: { phase: string } } } };
      const exit = await launcher.stop();
      expect([line, health.status, body.clients.default.migration?.phase, exit.code]).toStrictEqual([
        expect.stringMatching(
          /^Demo ready at http:\/\/127\.0\.0\.1:\d+ \(standalone, Redis migrating: source redis:\/\/127\.0\.0\.1:\d+, target Cluster via 127\.0\.0\.1:\d+ \(\+\d+ seed nodes\)\) in \d+ ms/,
        ),
        200,
        'dual-write',
        0,
      ]);
    }, 60_000);
  });

  describe('having REDIS_MODE=migrating without a target', () => {
    it('should exit 1 naming the target variables, without starting an embedded Redis', async () => {
      const exit = await launch({
        REDIS_MODE: 'migrating',
        SOURCE_REDIS_URL: redisTestServers().standalone.url,
      }).exited;
      expect([exit.code, exit.stdout, exit.stderr]).toStrictEqual([
        1,
        expect.not.stringContaining('embedded'),
        expect.stringContaining(
          'The demo could not start. Error: REDIS_MODE=migrating needs the address of both sides, and the target has none: set TARGET_REDIS_URL',
        ),
      ]);
    });
  });

  describe('having PORT taken', () => {
    it('should exit 1 with a message suggesting another PORT', async () => {
      const url = redisTestServers().standalone.url;
      const first = launch({ REDIS_URL: url });
      const port = new URL(urlOf(await first.ready())).port;
      const exit = await launch({ REDIS_URL: url, PORT: port }).exited;
      await first.stop();
      expect([exit.code, exit.stderr]).toStrictEqual([
        1,
        expect.stringContaining(`Port ${port} is already in use: start the demo on another one, e.g. PORT=`),
      ]);
      // Two cold starts of the launcher in a row: on a loaded 2-core machine each can take 10 s.
    }, 60_000);
  });
});
