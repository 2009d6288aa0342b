import type { RedisCommandEvent } from '@org/redis-interface';
import { Counter, Histogram, Registry } from 'prom-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { CommandSeriesBuffer } from '../src/services/CommandSeriesBuffer.js';
import { metricValue } from './support/metricValue.js';

const labelNames = ['client', 'mode', 'command', 'outcome'];
const get: RedisCommandEvent = {
  client: 'app',
  mode: 'standalone',
  command: 'get',
  durationMs: 1,
  outcome: 'ok',
};

describe(CommandSeriesBuffer, () => {
  let registry: Registry;
  let buffer: CommandSeriesBuffer;
  beforeEach(() => {
    registry = new Registry();
    // No collect hook here: reading shows only what the buffer has handed over.
    const commands = new Counter({ name: 'commands', help: 'h', labelNames, registers: [registry] });
    const durations = new Histogram({ name: 'durations', help: 'h', labelNames, registers: [registry] });
    buffer = new CommandSeriesBuffer(commands, durations, 3);
  });

  describe('.record', () => {
    describe('having fewer durations than maxBuffered', () => {
      it('should hand nothing over yet', async () => {
        buffer.record(get);
        buffer.record(get);
        expect(await metricValue(registry, 'durations', {}, 'count')).toBe(0);
      });
    });

    describe('having reached maxBuffered durations', () => {
      it('should hand them over', async () => {
        for (let index = 0; index < 3; index += 1) buffer.record(get);
        expect(await metricValue(registry, 'durations', {}, 'count')).toBe(3);
      });
    });

    describe('having the same fields in other string instances', () => {
      it('should return the same bounded labels', () => {
        const copy = { ...get, command: ['g', 'e', 't'].join('') };
        expect(buffer.record(copy)).toBe(buffer.record(get));
      });
    });

    describe('having a command name that is not a Redis command name', () => {
      it('should label it other', () => {
        expect(buffer.record({ ...get, command: 'user:42' }).command).toBe('other');
      });
    });

    describe('having more distinct raw names than it remembers', () => {
      it('should still count every command', async () => {
        for (let index = 0; index < 1_100; index += 1) buffer.record({ ...get, command: `user:${index}` });
        buffer.flush();
        expect(await metricValue(registry, 'commands', { command: 'other' })).toBe(1_100);
      });
    });
  });

  describe('.flush', () => {
    describe('having pending commands', () => {
      it('should add them to the counter once', async () => {
        buffer.record(get);
        buffer.flush();
        buffer.flush();
        expect(await metricValue(registry, 'commands', { command: 'get' })).toBe(1);
      });
    });
  });
});
