import { createDemoApp } from '../../src/services/createDemoApp.js';
import type { DemoApp } from '../../src/models/DemoApp.js';
import type { DemoSettings } from '../../src/models/DemoSettings.js';
import { redisEnv, type Mode } from './demoEnv.js';

/**
 * Demo instances started by a test, closed by `closeAll()` in `afterEach`/`afterAll` even when the test
 * failed half-way.
 */
export class DemoInstances {
  private readonly running = new Set<DemoApp>();

  /** Starts an instance on a free port of 127.0.0.1, quiet, on the shared Redis of `mode`. */
  public start(
    mode: Mode,
    settings: Partial<DemoSettings> = {},
    env: Readonly<Record<string, string>> = {},
  ): Promise<DemoApp> {
    return this.startOn({ ...redisEnv(mode), ...env }, settings);
  }

  /** Starts an instance on a free port of 127.0.0.1, quiet, on the Redis that `env` names. */
  public async startOn(
    env: Readonly<Record<string, string>>,
    settings: Partial<DemoSettings> = {},
  ): Promise<DemoApp> {
    const app = await createDemoApp({
      env,
      settings: { port: 0, host: '127.0.0.1', logLevel: 'silent', ...settings },
    });
    this.running.add(app);
    return app;
  }

  /** Closes one instance (e.g. to restart it). */
  public async close(app: DemoApp): Promise<void> {
    this.running.delete(app);
    await app.close();
  }

  /** Closes every instance still running. */
  public async closeAll(): Promise<void> {
    const apps = [...this.running];
    this.running.clear();
    await Promise.allSettled(apps.map((app) => app.close()));
  }
}
