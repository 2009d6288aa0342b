import type { z } from 'zod';
import type { RedisConfigIssue } from '../../models/errors/RedisConfigIssue.js';
import type { ConfigLabeler } from './ConfigLabeler.js';

// Options that exist in one mode only, so that a misplaced one gets a precise message.
const modeOnlyOptions: Readonly<Record<string, 'standalone' | 'cluster'>> = {
  url: 'standalone',
  host: 'standalone',
  port: 'standalone',
  nodes: 'cluster',
  scaleReads: 'cluster',
  natMap: 'cluster',
  shardedPubSub: 'cluster',
};

function unknownKeyMessage(at: readonly PropertyKey[], key: string, labeler: ConfigLabeler): string {
  const mode = at.length === 0 ? modeOnlyOptions[key] : undefined;
  if (mode === undefined) return 'is not a known option: remove it or check its spelling';
  return `is only for ${mode} mode: remove it or set ${labeler.label(['mode'])} to ${mode}`;
}

function issue(at: readonly PropertyKey[], message: string, labeler: ConfigLabeler): RedisConfigIssue {
  return { path: labeler.path(at), message: `${labeler.label(at)} ${message}` };
}

/**
 * Turns zod issues into {@link RedisConfigIssue}s labelled by option path or variable name: one issue per
 * unknown option, the message starting with the label.
 */
export function toConfigIssues(
  issues: readonly z.core.$ZodIssue[],
  labeler: ConfigLabeler,
): RedisConfigIssue[] {
  return issues.flatMap((found) => {
    if (found.code !== 'unrecognized_keys') return [issue(found.path, found.message, labeler)];
    return found.keys.map((key) =>
      issue([...found.path, key], unknownKeyMessage(found.path, key, labeler), labeler),
    );
  });
}
