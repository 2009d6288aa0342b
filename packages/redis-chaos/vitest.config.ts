import { definePackageTestConfig } from '../../vitest.shared.js';

// The integration project runs the short form of the chaos suite (about a minute): it starts its own
// servers, so it needs no shared ones, and one test covers a whole scenario.
export default definePackageTestConfig({
  root: import.meta.dirname,
  integrationTimeoutMs: 120_000,
});
