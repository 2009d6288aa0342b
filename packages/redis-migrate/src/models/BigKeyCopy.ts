import type { IRedisService } from '@org/redis-interface';

/** One key to copy element by element (see `copyBigKey`). */
export interface BigKeyCopy {
  /** Where the key is read; it is never written. */
  readonly source: IRedisService;
  /** Where the key is built (under a temporary name) and then renamed onto its real name. */
  readonly target: IRedisService;
  /** The key's exact bytes, without either side's `keyPrefix` (each service adds its own). */
  readonly key: Buffer;
  /** Elements per chunk: members, fields, list elements, stream entries (the copy's `--batch`). */
  readonly chunk: number;
  /** Overwrite a key the target already has; otherwise report `exists` and write nothing. */
  readonly replace: boolean;
  /**
   * Awaited before every command sent to the source, so that the copy's `--max-ops-per-second`
   * covers the chunk reads too. Default: none.
   */
  readonly beforeSourceCommand?: (() => Promise<void>) | undefined;
  /** Runs once the temporary key is built, before the source is checked again and the key put in place (`copy --live`'s test seam). */
  readonly beforeFinish?: (() => Promise<void>) | undefined;
}

/** What happened to one big key. */
export type BigKeyOutcome =
  | {
      readonly status: 'copied';
      /** The Redis type: `string`, `hash`, `set`, `zset`, `list` or `stream`. */
      readonly type: string;
      /** Elements written: hash fields, members, list elements, stream entries; 1 for a string. */
      readonly elements: number;
      /** Payload bytes read from the source (values, fields, members, scores as text, entry IDs). */
      readonly bytes: number;
    }
  /** Gone from the source (expired, deleted or retyped) before or during the copy: nothing written. */
  | { readonly status: 'missing' }
  /** The target has the key and `replace` is false: the target was left as it was. */
  | { readonly status: 'exists' };
