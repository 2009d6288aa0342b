import type { IRedisService } from '@org/redis-interface';
import type { CopyFailure } from './CopyFailure.js';
import type { CopyOptions } from './CopyOptions.js';
import type { LoadedScript } from '../services/LoadedScript.js';
import type { PageReader } from '../services/PageReader.js';
import type { NodeGroups } from '../services/NodeGroups.js';
import type { PresenceReader } from '../services/PresenceReader.js';

/** What a big key's chunked copy did. */
export type BigKeyResult =
  | { readonly status: 'copied'; readonly bytes: number }
  | { readonly status: 'missing' }
  | { readonly status: 'exists' };

/** Everything the batches of one copy run share. */
export interface CopyContext {
  readonly source: IRedisService;
  readonly target: IRedisService;
  readonly options: CopyOptions;
  /**
   * RESTORE with REPLACE from the first try: `--on-existing replace`, or `fail` on a resume (the
   * target was empty when the copy started, so what is there was written by this copy: the pages
   * after the checkpoint are written again).
   */
  readonly replace: boolean;
  /** Send `count` more commands to the source once the rate cap allows. */
  readonly throttle: (count: number) => Promise<void>;
  /** Reads a source page with one script call; `pageWrite` writes a target master's share. */
  readonly sourcePages: PageReader;
  readonly pageWrite: LoadedScript;
  /** Groups keys by the target master serving them. */
  readonly targetGroups: NodeGroups;
  /** The per-key read script's SHA1 (the fallback path); `reloadScript` after a NOSCRIPT. */
  readonly scriptSha: () => Promise<string>;
  readonly reloadScript: () => Promise<string>;
  /** Copy one key over `bigKeyBytes` element by element (`replace` per `onExisting`). */
  readonly copyBigKey: (key: Buffer, replace: boolean) => Promise<BigKeyResult>;
  /**
   * The keys of a page to copy (rollback `--since`: those touched since then); undefined for all.
   * Keys left out are not counted as scanned.
   */
  readonly selectKeys?: ((keys: readonly Buffer[]) => Promise<readonly Buffer[]>) | undefined;
  /** `copy --live`: the write script without REPLACE that fingerprints what it restored. */
  readonly liveWrite?: LoadedScript | undefined;
  /** `copy --live`: looks restored keys up on the source (see `undoResurrections`). */
  readonly sourcePresence?: PresenceReader | undefined;
  /** Record a key that failed; the report lists the first ones. */
  readonly recordFailure: (failure: CopyFailure) => void;
}
