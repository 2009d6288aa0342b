import { describe, expect, it } from 'vitest';
import { RedisError } from '@org/redis-interface';
import { LoadTally } from './LoadTally.js';

function tallyOf(steps: (tally: LoadTally) => void): LoadTally {
  const tally = new LoadTally('plain');
  steps(tally);
  return tally;
}

describe(LoadTally, () => {
  describe('.report', () => {
    describe('having successes, coded and untyped failures and a hang', () => {
      const report = tallyOf((tally) => {
        for (let index = 0; index < 5; index += 1) tally.started();
        tally.succeeded(3);
        tally.succeeded(12.4);
        tally.failed(new RedisError('COMMAND_TIMEOUT', 'slow'), 1000.6, 1_500);
        tally.failed(new TypeError('boom'), 1, 1_600);
        tally.hang(2_000);
      }).report(1_000, 2_000, 1);

      it('should count issued and acked writes', () => {
        expect([report.issued, report.acked]).toEqual([5, 2]);
      });

      it('should count rejections by code', () => {
        expect(report.rejectedByCode).toEqual({ COMMAND_TIMEOUT: 1 });
      });

      it('should keep the first message of each code', () => {
        expect(report.firstMessageByCode).toEqual({ COMMAND_TIMEOUT: 'slow' });
      });

      it('should count and sample untyped rejections', () => {
        expect([report.untyped, report.untypedSamples]).toEqual([1, ['TypeError: boom']]);
      });

      it('should count hung writes', () => {
        expect(report.hung).toBe(1);
      });

      it('should report the worst settle time, rounded', () => {
        expect(report.worstSettleMs).toBe(1001);
      });

      it('should measure recovery from the fault to the last failure', () => {
        expect(report.recoveryMs).toBe(1_000);
      });

      it('should report acked writes per second and the lost count', () => {
        expect([report.ackedPerSecond, report.lost]).toEqual([1, 1]);
      });
    });

    describe('having no failure', () => {
      it('should report a recovery time of 0', () => {
        expect(
          tallyOf((tally) => {
            tally.started();
            tally.succeeded(1);
          }).report(10, 100, 0).recoveryMs,
        ).toBe(0);
      });
    });

    describe('having failures before the fault only', () => {
      it('should not report a negative recovery time', () => {
        expect(
          tallyOf((tally) => tally.failed(new RedisError('CLUSTER_DOWN', 'x'), 1, 5)).report(100, 100, 0)
            .recoveryMs,
        ).toBe(0);
      });
    });
  });
});
