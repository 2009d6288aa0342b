/** The keys and channel of one live move, all derived from its control key's name. */
export interface ControlKeyNames {
  /** The control key: the phase JSON, on both sides. */
  readonly control: string;
  /** The channel a switch is announced on (channels carry no `keyPrefix`). */
  readonly channel: string;
  /** The record of the last `verify --repair` (`VerifiedRecord` JSON), on both sides. */
  readonly verified: string;
  /** The set of keys whose second write failed, filled by the migrating service on the authoritative side. */
  readonly repair: string;
}

/**
 * The names used by `phase`, `verify --repair` and the migrating service for a control key.
 *
 * @param controlKey - `--control-key` (default `redis-migrate:phase`).
 */
export function controlKeyNames(controlKey: string): ControlKeyNames {
  return {
    control: controlKey,
    channel: controlKey,
    verified: `${controlKey}:verified`,
    repair: `${controlKey}:repair`,
  };
}

/**
 * Whether `key` is one of the move's own keys (control, record, repair set): `copy --live` and
 * `verify --repair` leave them alone, since each side keeps its own.
 */
export function isControlKey(names: ControlKeyNames, key: Buffer): boolean {
  return [names.control, names.verified, names.repair].some((name) => key.equals(Buffer.from(name)));
}
