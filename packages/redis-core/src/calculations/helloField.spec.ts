import { describe, expect, it } from 'vitest';
import { helloField } from './helloField.js';

describe(helloField, () => {
  describe('having a flattened map', () => {
    it('should return the value after the key', () => {
      expect(helloField(['server', 'redis', 'proto', 3, 'mode', 'cluster'], 'mode')).toBe('cluster');
    });
  });

  describe('having an object or a Map', () => {
    it('should return the property', () => {
      expect([
        helloField({ mode: 'standalone' }, 'mode'),
        helloField(new Map([['mode', 'x']]), 'mode'),
      ]).toStrictEqual(['standalone', 'x']);
    });
  });

  describe('having no such field or no reply', () => {
    it('should return undefined', () => {
      expect([
        helloField(['server', 'redis'], 'mode'),
        helloField(null, 'mode'),
        helloField('OK', 'mode'),
      ]).toStrictEqual([undefined, undefined, undefined]);
    });
  });
});
