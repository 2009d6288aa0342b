import { describe, expect, it } from 'vitest';
import { parseDemoSettings } from '../src/calculations/parseDemoSettings.js';
import { DemoConfigError } from '../src/models/DemoConfigError.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseDemoSettings(env);
    return [];
  } catch (error) {
    return error instanceof DemoConfigError ? error.problems : [String(error)];
  }
}

describe(parseDemoSettings, () => {
  describe('having an empty environment', () => {
    it('should return the defaults', () => {
      expect(parseDemoSettings({})).toStrictEqual({
        port: 3000,
        host: '127.0.0.1',
        maxMessageLength: 500,
        historyMaxLength: 1000,
        historyPageSize: 50,
        rateLimitMax: 5,
        rateLimitWindowMs: 10_000,
        statsTtlSeconds: 5,
        presenceTtlMs: 30_000,
        logLevel: 'info',
      });
    });
  });

  describe('having every variable set', () => {
    it('should read each one', () => {
      expect(
        parseDemoSettings({
          PORT: '0',
          HOST: '0.0.0.0',
          DEMO_MAX_MESSAGE_LENGTH: '20',
          DEMO_HISTORY_MAX_LENGTH: '10',
          DEMO_HISTORY_PAGE_SIZE: '5',
          DEMO_RATE_LIMIT_MAX: '2',
          DEMO_RATE_LIMIT_WINDOW_MS: '1000',
          DEMO_STATS_TTL_SECONDS: '1',
          DEMO_PRESENCE_TTL_MS: '3000',
          LOG_LEVEL: 'silent',
        }),
      ).toStrictEqual({
        port: 0,
        host: '0.0.0.0',
        maxMessageLength: 20,
        historyMaxLength: 10,
        historyPageSize: 5,
        rateLimitMax: 2,
        rateLimitWindowMs: 1000,
        statsTtlSeconds: 1,
        presenceTtlMs: 3000,
        logLevel: 'silent',
      });
    });
  });

  describe('having empty variables', () => {
    it('should treat them as unset', () => {
      expect(parseDemoSettings({ PORT: '', HOST: ' ', LOG_LEVEL: '' })).toMatchObject({
        port: 3000,
        host: '127.0.0.1',
        logLevel: 'info',
      });
    });
  });

  describe('having several invalid variables', () => {
    it('should list every problem, naming each variable', () => {
      expect(
        problemsOf({
          PORT: '70000',
          DEMO_RATE_LIMIT_MAX: 'five',
          DEMO_MAX_MESSAGE_LENGTH: '-1',
          LOG_LEVEL: 'loud',
        }),
      ).toStrictEqual([
        'PORT must be an integer from 0 to 65535, got "70000"',
        'DEMO_MAX_MESSAGE_LENGTH must be an integer from 1 to 10000, got "-1"',
        'DEMO_RATE_LIMIT_MAX must be an integer from 1 to 1000000, got "five"',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      ]);
    });
  });

  describe('having a page larger than the history', () => {
    it('should report the conflict', () => {
      expect(problemsOf({ DEMO_HISTORY_MAX_LENGTH: '10', DEMO_HISTORY_PAGE_SIZE: '20' })).toStrictEqual([
        'DEMO_HISTORY_PAGE_SIZE (20) must not exceed DEMO_HISTORY_MAX_LENGTH (10)',
      ]);
    });
  });

  describe('having a problem', () => {
    it('should throw a DemoConfigError whose message lists it', () => {
      expect(() => parseDemoSettings({ PORT: 'x' })).toThrow(
        'Invalid demo settings:\n- PORT must be an integer from 0 to 65535, got "x"',
      );
    });
  });
});
