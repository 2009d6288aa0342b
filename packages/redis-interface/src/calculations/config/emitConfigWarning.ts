import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';

/** Where configuration warnings go when no `onWarning` is given: Node's warning channel (stderr). */
export function emitConfigWarning(warning: RedisConfigIssue): void {
  process.emitWarning(warning.message, 'RedisConfigWarning');
}
