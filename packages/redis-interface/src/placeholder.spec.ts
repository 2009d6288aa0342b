import { describe, expect, it } from 'vitest';
import { placeholder } from './index.js';
describe('placeholder', () => { it('should be 1', () => { expect(placeholder).toBe(1); }); });
