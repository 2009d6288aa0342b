import { mergeConfig } from 'vitest/config';
import { definePackageTestConfig } from '../../vitest.shared.js';

// Behaviour over real Redis is tested through the drivers' contract suites; this package has unit tests only.
export default mergeConfig(definePackageTestConfig({ root: import.meta.dirname }), {
  test: { passWithNoTests: true },
});
