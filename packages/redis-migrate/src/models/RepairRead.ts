/** What `verify --repair` read of one key on one side. */
export type RepairRead =
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'present';
      readonly payload: Buffer;
      /** PEXPIRETIME: Unix ms, or -1 for no expiry. */
      readonly expiresAt: number;
      /** SHA1 of the DUMP: the compare-and-set's token on this server. */
      readonly exact: string;
      /** Compares across servers (see `repairScripts`). */
      readonly content: string;
    };
