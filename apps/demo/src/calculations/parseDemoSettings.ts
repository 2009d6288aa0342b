import { DemoConfigError } from '../models/DemoConfigError.js';
import type { DemoSettings } from '../models/DemoSettings.js';

type Env = Readonly<Record<string, string | undefined>>;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads the demo's own settings from the environment. Empty variables count as unset, as in
 * `parseRedisConfigFromEnv`.
 *
 * @param env - usually `process.env`.
 * @returns every setting, defaults filled in.
 * @throws DemoConfigError listing every invalid variable at once.
 */
export function parseDemoSettings(env: Env): DemoSettings {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name]?.trim() ?? '';
    if (text === '') return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
      return fallback;
    }
    return value;
  };
  const settings: DemoSettings = {
    port: integer('PORT', 3000, 0, 65_535),
    host: env['HOST']?.trim() || '127.0.0.1',
    maxMessageLength: integer('DEMO_MAX_MESSAGE_LENGTH', 500, 1, 10_000),
    historyMaxLength: integer('DEMO_HISTORY_MAX_LENGTH', 1000, 1, 1_000_000),
    historyPageSize: integer('DEMO_HISTORY_PAGE_SIZE', 50, 1, 1000),
    rateLimitMax: integer('DEMO_RATE_LIMIT_MAX', 5, 1, 1_000_000),
    rateLimitWindowMs: integer('DEMO_RATE_LIMIT_WINDOW_MS', 10_000, 1, 86_400_000),
    statsTtlSeconds: integer('DEMO_STATS_TTL_SECONDS', 5, 1, 86_400),
    presenceTtlMs: integer('DEMO_PRESENCE_TTL_MS', 30_000, 1000, 86_400_000),
    logLevel: env['LOG_LEVEL']?.trim() || 'info',
  };
  if (!logLevels.includes(settings.logLevel))
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${settings.logLevel}"`);
  if (settings.historyPageSize > settings.historyMaxLength)
    problems.push(
      `DEMO_HISTORY_PAGE_SIZE (${settings.historyPageSize}) must not exceed DEMO_HISTORY_MAX_LENGTH (${settings.historyMaxLength})`,
    );
  if (problems.length > 0) throw new DemoConfigError(problems);
  return settings;
}
