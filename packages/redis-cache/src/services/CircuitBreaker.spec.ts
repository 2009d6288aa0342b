import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheEventPublisher } from './CacheEventPublisher.js';
import { CircuitBreaker } from './CircuitBreaker.js';

function breaker(): CircuitBreaker {
  return new CircuitBreaker({ failureThreshold: 2, openMs: 100 }, new CacheEventPublisher('unit'));
}

/** A breaker opened by two failures, its open period over: the next `allows()` is the trial call. */
function trialReady(): CircuitBreaker {
  vi.useFakeTimers();
  const subject = breaker();
  subject.failed();
  subject.failed();
  vi.advanceTimersByTime(101);
  return subject;
}

describe(CircuitBreaker, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('having failures below the threshold', () => {
    it('should stay closed', () => {
      const subject = breaker();
      subject.failed();
      subject.succeeded();
      subject.failed();
      expect([subject.state, subject.allows()]).toEqual(['closed', true]);
    });
  });

  describe('having reached the threshold', () => {
    it('should refuse calls until openMs passed, then let one trial through', () => {
      vi.useFakeTimers();
      const subject = breaker();
      subject.failed();
      subject.failed();
      const whileOpen = subject.allows();
      vi.advanceTimersByTime(101);
      expect([whileOpen, subject.allows(), subject.allows(), subject.state]).toEqual([
        false,
        true,
        false,
        'half-open',
      ]);
    });
  });

  describe('having the trial call fail', () => {
    it('should open again', () => {
      const subject = trialReady();
      subject.allows();
      subject.failed();
      expect([subject.state, subject.allows()]).toEqual(['open', false]);
    });
  });

  describe('having the trial call succeed', () => {
    it('should close', () => {
      const subject = trialReady();
      subject.allows();
      subject.succeeded();
      expect(subject.state).toBe('closed');
    });
  });
});
