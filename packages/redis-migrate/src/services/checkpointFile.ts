import { open, readFile, rename, unlink } from 'node:fs/promises';
import type { CheckpointIdentity, CopyCheckpoint } from '../models/CopyCheckpoint.js';
import { MigrateError } from '../models/MigrateError.js';

/**
 * Write `checkpoint` to `path` so that a crash at any moment leaves either the old file or the
 * new one, never a torn one: write a temp file next to it, fsync, rename over.
 */
export async function writeCheckpoint(path: string, checkpoint: CopyCheckpoint): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(`${JSON.stringify(checkpoint, null, 2)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Read the checkpoint at `path`; `undefined` when there is none.
 * @throws MigrateError `CHECKPOINT_INVALID` when the file is not a copy checkpoint.
 */
export async function readCheckpoint(path: string): Promise<CopyCheckpoint | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new MigrateError(
      'CHECKPOINT_INVALID',
      `Cannot read the checkpoint ${path}: ${(error as Error).message}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MigrateError(
      'CHECKPOINT_INVALID',
      `The checkpoint ${path} is not JSON: delete it to start over`,
    );
  }
  const candidate = parsed as Partial<CopyCheckpoint> | null;
  if (
    candidate?.kind !== 'redis-migrate-copy' ||
    candidate.version !== 1 ||
    typeof candidate.nodes !== 'object'
  ) {
    throw new MigrateError(
      'CHECKPOINT_INVALID',
      `${path} is not a redis-migrate copy checkpoint (version 1): pass the file copy wrote, or delete it to start over`,
    );
  }
  return candidate as CopyCheckpoint;
}

/**
 * @throws MigrateError `CHECKPOINT_MISMATCH` naming the first field that differs.
 */
export function assertSameIdentity(
  path: string,
  saved: CheckpointIdentity,
  current: CheckpointIdentity,
): void {
  for (const field of ['source', 'target', 'match', 'onExisting'] as const) {
    if (saved[field] !== current[field]) {
      throw new MigrateError(
        'CHECKPOINT_MISMATCH',
        `The checkpoint ${path} was written for ${field} ${JSON.stringify(saved[field])}, not ${JSON.stringify(current[field])}: resume with the same source, target and options, or use another --checkpoint`,
      );
    }
  }
}
