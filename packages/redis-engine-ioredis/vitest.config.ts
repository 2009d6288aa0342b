import { mergeConfig } from 'vitest/config';
import { definePackageTestConfig } from '../../vitest.shared.js';

// The adapters' behaviour over real Redis is tested through the drivers' contract suites; the
// unit tests here need no server (a closed port at most).
export default mergeConfig(definePackageTestConfig({ root: import.meta.dirname }), {
  test: { passWithNoTests: true },
});
