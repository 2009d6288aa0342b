import { describe, expect, it } from 'vitest';
import {
  CACHE_MARKERS,
  MIGRATE_MARKERS,
  MIGRATING_MARKERS,
  markedSection,
  replaceMarkedSection,
} from './replaceMarkedSection.js';

const { start, end } = MIGRATE_MARKERS;

describe(replaceMarkedSection, () => {
  describe('having no markers', () => {
    it('should append them with the section at the end', () => {
      expect(replaceMarkedSection('# Doc\n\ntext\n', '## New')).toBe(
        `# Doc\n\ntext\n\n${start}\n## New\n${end}\n`,
      );
    });
  });

  describe('having both markers', () => {
    it('should replace only what lies between them', () => {
      const document = `before\n${start}\nold\n${end}\nafter\n`;
      expect(replaceMarkedSection(document, 'new')).toBe(`before\n${start}\nnew\n${end}\nafter\n`);
    });
  });

  describe('having the bench:migrate block and the bench:migrating markers', () => {
    it('should replace the bench:migrating block and keep the other', () => {
      const other = `${start}\nmigrate\n${end}`;
      const document = `a\n${other}\n${MIGRATING_MARKERS.start}\nold\n${MIGRATING_MARKERS.end}\n`;
      expect(replaceMarkedSection(document, 'new', MIGRATING_MARKERS)).toBe(
        `a\n${other}\n${MIGRATING_MARKERS.start}\nnew\n${MIGRATING_MARKERS.end}\n`,
      );
    });
  });

  describe('having the bench:migrating block and no bench:cache markers', () => {
    it('should append the bench:cache block after it', () => {
      const other = `${MIGRATING_MARKERS.start}\nmigrating\n${MIGRATING_MARKERS.end}`;
      expect(replaceMarkedSection(`a\n\n${other}\n`, 'cache', CACHE_MARKERS)).toBe(
        `a\n\n${other}\n\n${CACHE_MARKERS.start}\ncache\n${CACHE_MARKERS.end}\n`,
      );
    });
  });

  describe('having only the start marker', () => {
    it('should throw', () => {
      expect(() => replaceMarkedSection(`x\n${start}\n`, 'new')).toThrow(/must both be there/);
    });
  });
});

describe(markedSection, () => {
  describe('having the block', () => {
    it('should give it with its markers', () => {
      expect(markedSection(`a\n${start}\nsection\n${end}\nb`)).toBe(`${start}\nsection\n${end}`);
    });
  });

  describe("having another command's block only", () => {
    it('should give an empty string', () => {
      expect(markedSection(`a\n${start}\nsection\n${end}\nb`, MIGRATING_MARKERS)).toBe('');
    });
  });

  describe('having no block', () => {
    it('should give an empty string', () => {
      expect(markedSection('# Benchmarks\n')).toBe('');
    });
  });
});
