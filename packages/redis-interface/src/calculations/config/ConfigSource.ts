/**
 * Where a configuration comes from; a few messages differ (e.g. how to write a boolean).
 */
export type ConfigSource = 'env' | 'options';
