import type { Endpoints } from './openEndpoints.js';
import type { CheckpointIdentity, CopyCheckpoint } from '../models/CopyCheckpoint.js';
import type { CopyOptions } from '../models/CopyOptions.js';
import { MigrateError } from '../models/MigrateError.js';
import { assertSameIdentity, readCheckpoint } from './checkpointFile.js';

/** Where a copy starts: fresh, or from a checkpoint. */
export interface CopyStart {
  readonly identity: CheckpointIdentity;
  /** The checkpoint carried on from; undefined for a fresh copy. */
  readonly resumed: CopyCheckpoint | undefined;
}

/**
 * Decide where a copy starts, and refuse what would lose data or progress.
 * @throws MigrateError `CHECKPOINT_INVALID` (`--resume` without a readable checkpoint),
 *   `CHECKPOINT_MISMATCH` (written for other endpoints or options), `USAGE` (an unfinished
 *   checkpoint would be overwritten by a fresh copy), `TARGET_NOT_EMPTY` (`--on-existing fail`
 *   and the target holds keys).
 */
export async function prepareCopy(endpoints: Endpoints, options: CopyOptions): Promise<CopyStart> {
  const identity: CheckpointIdentity = {
    source: endpoints.source.description,
    target: endpoints.target.description,
    match: options.match ?? null,
    onExisting: options.onExisting,
  };
  const saved = await readCheckpoint(options.checkpointPath);
  if (options.resume) {
    if (saved === undefined) {
      throw new MigrateError(
        'CHECKPOINT_INVALID',
        `--resume: there is no checkpoint at ${options.checkpointPath}: pass --checkpoint <file> of the copy to carry on, or drop --resume`,
      );
    }
    assertSameIdentity(options.checkpointPath, saved.identity, identity);
    return { identity, resumed: saved };
  }
  if (saved !== undefined && saved.status !== 'done') {
    throw new MigrateError(
      'USAGE',
      `${options.checkpointPath} holds an unfinished copy (${saved.status}, saved ${saved.savedAt}): add --resume to carry on, or delete the file to start over`,
    );
  }
  if (options.onExisting === 'fail') {
    const keys = await endpoints.target.service.dbsize();
    if (keys > 0) {
      throw new MigrateError(
        'TARGET_NOT_EMPTY',
        `The target (${endpoints.target.description}) holds ${keys} keys: empty it, or pass --on-existing skip or replace`,
      );
    }
  }
  return { identity, resumed: undefined };
}
