import { describe, expect, it } from 'vitest';
import {
  cpuSecondsFromTimeReport,
  cpuTicksFromStat,
  maxRssFromTimeReport,
  statusKilobytes,
} from './procFigures.js';

const stat =
  '4242 (redis-server *:7) S 1 4242 4242 0 -1 4194560 1339 0 0 0 250 75 0 0 20 0 5 0 123 0 0 18446744073709551615';

describe(cpuTicksFromStat, () => {
  describe('having a name with a space and parentheses', () => {
    it('should add utime and stime', () => {
      expect(cpuTicksFromStat(stat.replace('(redis-server *:7)', '(a) b (c)'))).toBe(325);
    });
  });

  describe('having a plain name', () => {
    it('should add utime and stime', () => {
      expect(cpuTicksFromStat(stat)).toBe(325);
    });
  });

  describe('having something else', () => {
    it('should throw', () => {
      expect(() => cpuTicksFromStat('nothing here')).toThrow(/proc/);
    });
  });
});

describe(statusKilobytes, () => {
  const status = 'Name:\tnode\nVmPeak:\t  999 kB\nVmHWM:\t   51200 kB\nVmRSS:\t   40960 kB\n';

  describe('having VmHWM', () => {
    it('should give bytes', () => {
      expect(statusKilobytes(status, 'VmHWM')).toBe(51_200 * 1024);
    });
  });

  describe('having no such field', () => {
    it('should give undefined', () => {
      expect(statusKilobytes('Name:\tzombie\n', 'VmRSS')).toBeUndefined();
    });
  });
});

describe(maxRssFromTimeReport, () => {
  describe('having a GNU time -v report', () => {
    it('should give the peak in bytes', () => {
      const report =
        '\tUser time (seconds): 1.00\n\tMaximum resident set size (kbytes): 81234\n\tExit status: 0\n';
      expect(maxRssFromTimeReport(report)).toBe(81_234 * 1024);
    });
  });

  describe('having no such line', () => {
    it('should give undefined', () => {
      expect(maxRssFromTimeReport('Command terminated by signal 9')).toBeUndefined();
    });
  });
});

describe(cpuSecondsFromTimeReport, () => {
  describe('having user and system time', () => {
    it('should add them', () => {
      expect(cpuSecondsFromTimeReport('\tUser time (seconds): 1.25\n\tSystem time (seconds): 0.50\n')).toBe(
        1.75,
      );
    });
  });

  describe('having no such lines', () => {
    it('should give undefined', () => {
      expect(cpuSecondsFromTimeReport('')).toBeUndefined();
    });
  });
});
