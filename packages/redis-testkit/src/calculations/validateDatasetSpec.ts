import type { MigrationDatasetSpec } from '../models/MigrationDatasetSpec.js';

/** Defaults of {@link MigrationDatasetSpec} filled in, after {@link validateDatasetSpec}. */
export type ResolvedDatasetSpec = Required<Omit<MigrationDatasetSpec, 'bigKeys'>> &
  Pick<MigrationDatasetSpec, 'bigKeys'>;

/**
 * Check a spec and fill in its defaults.
 * @throws RangeError naming the field that is out of range.
 */
export function validateDatasetSpec(spec: MigrationDatasetSpec): ResolvedDatasetSpec {
  const resolved: ResolvedDatasetSpec = {
    keys: spec.keys,
    seed: spec.seed ?? 1,
    valueBytes: spec.valueBytes ?? 100,
    ttlFraction: spec.ttlFraction ?? 0.1,
    mix: spec.mix ?? 'strings',
    binaryFraction: spec.binaryFraction ?? 0,
    ...(spec.bigKeys === undefined ? {} : { bigKeys: spec.bigKeys }),
  };
  const whole = (name: string, value: number, min: number): void => {
    if (!Number.isSafeInteger(value) || value < min)
      throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
  };
  const fraction = (name: string, value: number): void => {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be from 0 to 1, got ${value}`);
  };
  whole('keys', resolved.keys, 0);
  whole('seed', resolved.seed, 0);
  whole('valueBytes', resolved.valueBytes, 1);
  fraction('ttlFraction', resolved.ttlFraction);
  fraction('binaryFraction', resolved.binaryFraction);
  if (resolved.bigKeys !== undefined) whole('bigKeys.elements', resolved.bigKeys.elements, 1);
  return resolved;
}
