/** How a key differs between source and target, as `verify` counts them. */
export type MismatchKind = 'missing' | 'valueDiffers' | 'typeDiffers' | 'ttlDiffers' | 'extra';

/** Every {@link MismatchKind}, in the order reports list them. */
export const mismatchKinds: readonly MismatchKind[] = [
  'missing',
  'valueDiffers',
  'typeDiffers',
  'ttlDiffers',
  'extra',
];

/** One difference found by `verify`. */
export interface VerifyMismatch {
  /** The key as text when it is valid UTF-8, else `hex:<bytes>` (see `displayKey`). */
  readonly key: string;
  readonly kind: MismatchKind;
  /** What differs, for a person: `TTL 3600000 ms vs none`, `field "a": 3 bytes vs 4 bytes`. */
  readonly detail: string;
}

/** How many differences of each kind. */
export type MismatchCounts = Readonly<Record<MismatchKind, number>>;
