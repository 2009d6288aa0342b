import { mergeConfig } from 'vitest/config';
import { definePackageTestConfig } from '../../vitest.shared.js';

// This package talks to no server, so it has no `*.int.spec.ts`; `test:integration` must still succeed.
export default mergeConfig(definePackageTestConfig({ root: import.meta.dirname }), {
  test: { passWithNoTests: true },
});
