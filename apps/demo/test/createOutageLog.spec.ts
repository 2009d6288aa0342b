import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutageLog } from '../src/services/createOutageLog.js';

/** A logger that records `[level, message]`. */
function recordingLog(): { log: FastifyBaseLogger; lines: [string, string][] } {
  const lines: [string, string][] = [];
  const at = (level: string) => (_fields: unknown, message: string) => void lines.push([level, message]);
  return {
    log: { warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as FastifyBaseLogger,
    lines,
  };
}

describe(createOutageLog, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should warn once, keep the repeats at debug, and say once when the clients are back', () => {
    const { log, lines } = recordingLog();
    const outage = createOutageLog(log, 'Adapter');
    outage.ready();
    for (let attempt = 0; attempt < 5; attempt += 1) outage.error(new Error('Connection is closed.'));
    outage.ready();
    outage.ready();
    expect(lines).toStrictEqual([
      ['warn', 'Adapter lost its Redis connection, retrying: Connection is closed.'],
      ...Array.from({ length: 4 }, () => ['debug', 'Adapter: Redis still unreachable']),
      ['info', 'Adapter: Redis connection back'],
    ]);
  });

  it('should warn again for an error that comes after a quiet period with no ready', () => {
    vi.useFakeTimers();
    const { log, lines } = recordingLog();
    const outage = createOutageLog(log, 'Adapter', 1000);
    outage.error(new Error('publish failed'));
    vi.advanceTimersByTime(500);
    outage.error(new Error('publish failed'));
    vi.advanceTimersByTime(1000);
    outage.error(new Error('publish failed'));
    expect(lines.map(([level]) => level)).toStrictEqual(['warn', 'debug', 'warn']);
  });
});
