import { definePackageTestConfig } from '../../vitest.shared.js';

// Unit tests only: the pure logic (statistics, ratios, targets, rendering). The benchmark itself is
// `pnpm bench`; nothing here talks to Redis or asserts on timings.
export default definePackageTestConfig({ root: import.meta.dirname });
