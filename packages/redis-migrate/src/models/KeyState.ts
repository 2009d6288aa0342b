/**
 * What one read of a key on one side found, from `readKeyStates`: gone, its DUMP payload, a
 * digest of its elements (a small set or hash in a hash table, see `readPageScript`), or only its
 * size when it is too big to DUMP in one go (`--big-key-bytes`). `expiresAt` is the Unix time in
 * milliseconds it expires at, `undefined` when it has no expiry.
 */
export type KeyState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'dumped'; readonly payload: Buffer; readonly expiresAt: number | undefined }
  | {
      readonly kind: 'digested';
      readonly type: string;
      readonly digest: string;
      /** Length of the digested text: the bytes compared. */
      readonly bytes: number;
      readonly expiresAt: number | undefined;
    }
  | { readonly kind: 'big'; readonly bytes: number; readonly expiresAt: number | undefined };
