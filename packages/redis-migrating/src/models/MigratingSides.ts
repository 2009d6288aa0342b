import type { IRedisService, RedisMigrationSide } from '@org/redis-interface';

/** The two services of a live move: the deployment the application leaves and the one it moves to. */
export type MigratingSides = { readonly [S in RedisMigrationSide]: IRedisService };
