import type { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import type { QueuedCommand } from '../models/DriverTopology.js';
import { commandTimeoutError } from './commandTimeoutError.js';
import { settleUnanswered } from './settleUnanswered.js';

const command = (name: string): QueuedCommand => ({ command: name, args: [], key: 'k', transform: (x) => x });
const commands = [command('get'), command('set')];

describe(settleUnanswered, () => {
  describe('having the deadline passed with the second command unanswered', () => {
    it('should keep the first outcome and give the second a COMMAND_TIMEOUT naming it', () => {
      const outcomes = settleUnanswered(
        commands,
        [{ status: 'fulfilled', value: 'v' }, undefined],
        commandTimeoutError('pipeline', 250),
      );
      expect(
        outcomes.map((outcome) =>
          outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as RedisError).details,
        ),
      ).toStrictEqual(['v', { command: 'set', timeoutMs: 250 }]);
    });
  });

  describe('having the batch failed as a whole', () => {
    it('should give every unanswered command the mapped batch error', () => {
      const outcomes = settleUnanswered(commands, [], new Error('Connection is closed.'));
      expect(
        outcomes.map((outcome) =>
          outcome.status === 'rejected' ? (outcome.reason as RedisError).code : 'ok',
        ),
      ).toStrictEqual(['CONNECTION_FAILED', 'CONNECTION_FAILED']);
    });
  });
});
