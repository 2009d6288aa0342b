import { definePackageTestConfig } from '../vitest.shared.js';

export default definePackageTestConfig({
  root: import.meta.dirname,
  integrationGlobalSetup: ['@org/redis-testkit/vitest-global-setup'],
  // Each test starts a Node process (tsx) that connects, works and quits: seconds, on a busy machine more.
  integrationTimeoutMs: 60_000,
});
