import type { ContractContext } from './ContractContext.js';

/** Masters of the shared servers: one standalone server, three cluster masters. */
export const masterCount = (context: ContractContext): number => (context.mode === 'cluster' ? 3 : 1);

/** Replicas per master of the shared servers: the standalone server has none, each cluster master one. */
export const replicaCount = (context: ContractContext): number => (context.mode === 'cluster' ? 1 : 0);
