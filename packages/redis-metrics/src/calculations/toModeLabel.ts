import { toBoundedLabel } from './toBoundedLabel.js';

const modes: ReadonlySet<string> = new Set(['standalone', 'cluster']);

/**
 * The `mode` label: `standalone` or `cluster`, else `other`.
 *
 * @param mode - the `mode` field of an event.
 */
export function toModeLabel(mode: unknown): string {
  return toBoundedLabel(mode, modes);
}
