import { describe, expect, it } from 'vitest';
import { MIGRATE_MARKERS, markedSection, replaceMarkedSection } from './replaceMarkedSection.js';

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

  describe('having no block', () => {
    it('should give an empty string', () => {
      expect(markedSection('# Benchmarks\n')).toBe('');
    });
  });
});
