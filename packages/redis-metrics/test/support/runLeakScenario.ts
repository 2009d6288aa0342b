import { RedisError, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule } from '@org/redis-factory';
import type { Logger } from 'pino';
import type { LeakCase } from './leakCases.js';
import { printedForms } from './printedForms.js';

/** What one case produced: every printed form by name, and the codes of the two failures. */
export interface LeakScenario {
  readonly printed: Record<string, string>;
  readonly connectCode: string | undefined;
  /** Codes of the failures after the rotation, in order. */
  readonly laterCodes: readonly (string | undefined)[];
}

function codeOf(error: unknown): string | undefined {
  return RedisError.is(error) ? error.code : undefined;
}

async function connected(module: RedisContainerModule): Promise<IRedisService> {
  await module.connect();
  return module.clients.get('default');
}

/** Codes that only say the connection is not back yet: keep trying for the failure that says why. */
const TRANSIENT = new Set(['CONNECTION_FAILED', 'COMMAND_TIMEOUT']);

/**
 * The failures after a password rotation: `get` on the shared connection until a failure that
 * is not transient (bounded: 40 attempts, 8 s), then one `blpop` on a new dedicated connection.
 */
async function laterFailures(service: IRedisService): Promise<unknown[]> {
  const failures: unknown[] = [];
  const until = Date.now() + 8_000;
  for (let attempt = 0; attempt < 40 && Date.now() < until; attempt += 1) {
    try {
      await service.get('leak-scenario:key');
    } catch (error) {
      failures.push(error);
      if (!TRANSIENT.has(codeOf(error) ?? '')) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await service.blpop(['leak-scenario:list'], 0.1).catch((error: unknown) => failures.push(error));
  return failures;
}

/**
 * Make a wrong password fail `connect()`, then connect with the right one, rotate the server's
 * password and make a later command fail; log each error the way an application does, and keep
 * every printed form of the errors, the modules, the service and its health.
 */
export async function runLeakScenario(leakCase: LeakCase, logger: Logger): Promise<LeakScenario> {
  let printed: Record<string, string> = {};
  const keep = (label: string, value: unknown): void => {
    printed = { ...printed, ...printedForms(label, value) };
  };
  const wrongModule = RedisContainerModule.fromOptions(leakCase.wrong);
  keep('wrong module', wrongModule);
  const connectError = await wrongModule.connect().then(
    () => undefined,
    (error: unknown) => error,
  );
  keep('connect() error', connectError);
  logger.error({ err: connectError, cause: (connectError as Error).cause }, 'redis connect failed');
  logger.error(connectError);
  await wrongModule.shutdown();

  const [rightModule, adminModule] = [leakCase.right, leakCase.admin].map((config) =>
    RedisContainerModule.fromOptions(config),
  ) as [RedisContainerModule, RedisContainerModule];
  try {
    const [service, admin] = await Promise.all([connected(rightModule), connected(adminModule)]);
    keep('connected service', service);
    keep('connected module', rightModule);
    keep('health()', await rightModule.health());
    await leakCase.rotate(admin);
    const failures = await laterFailures(service);
    failures.forEach((error, index) => {
      keep(`later error ${index + 1}`, error);
      logger.error({ err: error, cause: (error as Error).cause }, 'redis command failed');
    });
    keep('health() after the rotation', await service.health());
    return { printed, connectCode: codeOf(connectError), laterCodes: failures.map(codeOf) };
  } finally {
    await Promise.all([rightModule.shutdown(), adminModule.shutdown()]);
  }
}
