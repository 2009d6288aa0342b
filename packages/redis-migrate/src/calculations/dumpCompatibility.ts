import { compareVersions } from './compareVersions.js';

/** Whether the target can RESTORE what the source DUMPs, and why. */
export interface DumpCompatibility {
  readonly compatible: boolean;
  /** One sentence for the plan. */
  readonly reason: string;
}

/** `7.2.4` → `7.2`: the RDB format changes with minor releases, never with patch releases. */
function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/**
 * Decide whether DUMP payloads of a `sourceVersion` server load into a `targetVersion` server. A
 * server refuses payloads of a newer RDB format than its own ("DUMP payload version or checksum
 * are wrong"); the format only changes between minor releases, so a target of the same or a later
 * major.minor can load them, and an older one is refused before anything is copied.
 *
 * @param sourceVersion - the source's `redis_version` (its oldest master's).
 * @param targetVersion - the target's `redis_version` (its oldest master's).
 */
export function dumpCompatibility(sourceVersion: string, targetVersion: string): DumpCompatibility {
  if (compareVersions(minorOf(targetVersion), minorOf(sourceVersion)) >= 0) {
    return {
      compatible: true,
      reason: `target Redis ${targetVersion} can load DUMP payloads of source Redis ${sourceVersion}`,
    };
  }
  return {
    compatible: false,
    reason: `target Redis ${targetVersion} is older than source Redis ${sourceVersion} and cannot RESTORE its DUMP payloads: upgrade the target to ${minorOf(sourceVersion)} or later`,
  };
}
