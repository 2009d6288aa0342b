import type { RedisMigrationControl, RedisMigrationPhase } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';
import { decidePhaseSwitch } from './decidePhaseSwitch.js';

const now = '2026-01-02T03:04:05.000Z';

function inForce(phase: RedisMigrationPhase, revision: number, inSync = true) {
  const control: RedisMigrationControl = { phase, revision, changedAt: '2026-01-01T00:00:00.000Z' };
  return { control, inSync };
}

function record(overrides: Partial<VerifiedRecord> = {}): VerifiedRecord {
  return {
    clean: true,
    at: '2026-01-01T12:00:00.000Z',
    authoritative: 'source',
    revision: 2,
    phase: 'shadow',
    keysChecked: 10,
    repaired: 0,
    stillDiffering: 0,
    ...overrides,
  };
}

const clean = { verified: record(), repairPending: 0 };
const ask = (requested: RedisMigrationPhase | undefined, force = false) => ({ requested, force, now });

describe(decidePhaseSwitch, () => {
  describe('having no phase asked', () => {
    it('should show', () => {
      expect(decidePhaseSwitch(inForce('shadow', 2), ask(undefined), clean)).toStrictEqual({
        action: 'show',
      });
    });
  });

  describe('having the phase in force asked, both copies alike', () => {
    it('should change nothing', () => {
      expect(decidePhaseSwitch(inForce('shadow', 2), ask('shadow'), clean)).toStrictEqual({
        action: 'unchanged',
      });
    });
  });

  describe('having the phase in force asked, the copies apart', () => {
    it('should write it again at the next revision', () => {
      expect(decidePhaseSwitch(inForce('shadow', 2, false), ask('shadow'), clean)).toMatchObject({
        action: 'write',
        resync: true,
        next: { phase: 'shadow', revision: 3, changedAt: now },
      });
    });
  });

  describe('having the next phase asked', () => {
    it('should write it at revision + 1', () => {
      expect(decidePhaseSwitch(inForce('dual-write', 0), ask('shadow'), clean)).toMatchObject({
        action: 'write',
        resync: false,
        next: { phase: 'shadow', revision: 1 },
      });
    });
  });

  describe.each([
    ['dual-write', 'cutover'],
    ['shadow', 'done'],
    ['done', 'cutover'],
    ['cutover', 'dual-write'],
  ] as const)('having %s -> %s', (from, to) => {
    it('should refuse with PHASE_REFUSED', () => {
      expect(() => decidePhaseSwitch(inForce(from, 3), ask(to), clean)).toThrow(
        expect.objectContaining({ code: 'PHASE_REFUSED' }) as unknown,
      );
    });
  });

  describe('having cutover asked with a clean record of this revision', () => {
    it('should write cutover', () => {
      expect(decidePhaseSwitch(inForce('shadow', 2), ask('cutover'), clean)).toMatchObject({
        action: 'write',
        next: { phase: 'cutover', revision: 3 },
        warnings: [],
      });
    });
  });

  describe('having cutover asked with a clean record of the dual-write revision just before', () => {
    it('should write cutover', () => {
      const evidence = { verified: record({ revision: 1, phase: 'dual-write' }), repairPending: 0 };
      expect(decidePhaseSwitch(inForce('shadow', 2), ask('cutover'), evidence)).toMatchObject({
        action: 'write',
      });
    });
  });

  describe.each([
    ['no record', { verified: undefined, repairPending: 0 }, /no `redis-migrate verify --repair`/],
    [
      'a record left differing',
      { verified: record({ clean: false, stillDiffering: 4 }), repairPending: 0 },
      /4 keys differing/,
    ],
    ['keys in the repair set', { verified: record(), repairPending: 2 }, /2 keys wait in the repair set/],
    [
      'a record of an older switch',
      { verified: record({ revision: 0, phase: 'dual-write' }), repairPending: 0 },
      /revision 0/,
    ],
    [
      'a record with the target authoritative',
      { verified: record({ authoritative: 'target' }), repairPending: 0 },
      /target as authoritative/,
    ],
  ])('having cutover asked with %s', (_name, evidence, reason) => {
    it('should refuse with PHASE_REFUSED, naming the reason and --force', () => {
      expect(() => decidePhaseSwitch(inForce('shadow', 2), ask('cutover'), evidence)).toThrow(
        expect.objectContaining({
          code: 'PHASE_REFUSED',
          message: expect.stringMatching(reason) as unknown,
        }) as unknown,
      );
    });
  });

  describe('having cutover forced without a record', () => {
    it('should write it with a warning', () => {
      const decision = decidePhaseSwitch(inForce('shadow', 2), ask('cutover', true), {
        verified: undefined,
        repairPending: 0,
      });
      expect(decision).toMatchObject({
        action: 'write',
        warnings: [expect.stringMatching(/^cutover forced/)],
      });
    });
  });

  describe('having done asked', () => {
    it('should warn that no rollback is possible after it', () => {
      expect(decidePhaseSwitch(inForce('cutover', 3), ask('done'), clean)).toMatchObject({
        warnings: [expect.stringMatching(/no rollback is possible/)],
      });
    });
  });
});
