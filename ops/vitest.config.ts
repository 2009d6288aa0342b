import { definePackageTestConfig } from '../vitest.shared.js';

export default definePackageTestConfig({ root: import.meta.dirname });
