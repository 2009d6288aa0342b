import { definePackageTestConfig } from '../../vitest.shared.js';

export default definePackageTestConfig({
  root: import.meta.dirname,
  integrationGlobalSetup: ['./src/vitest/globalSetup.ts'],
  integrationTimeoutMs: 60_000,
});
