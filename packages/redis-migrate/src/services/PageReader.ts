import type { IRedisService } from '@org/redis-interface';
import { compareVersions } from '../calculations/compareVersions.js';
import { readPageScript } from '../calculations/pageScripts.js';
import { callPageScript, replyList } from './callPageScript.js';
import { LoadedScript } from './LoadedScript.js';
import { NodeGroups } from './NodeGroups.js';

/** What the page read script said about one key; `expiresAt` in ms since the epoch. */
export type PageRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'big'; readonly size: number; readonly expiresAt: number | undefined }
  | { readonly kind: 'value'; readonly payload: Buffer; readonly expiresAt: number | undefined }
  | {
      readonly kind: 'digest';
      /** `set` or `hash`. */
      readonly type: string;
      /** SHA1 (hex) of the elements sorted and length-prefixed: equal digests, equal values. */
      readonly digest: string;
      /** Length of the digested text. */
      readonly bytes: number;
      readonly expiresAt: number | undefined;
    };

/** What a reader returns besides DUMP payloads. */
export interface PageReaderOptions {
  /**
   * Digest, rather than DUMP, the sets and hashes in a hash table of at most this many elements
   * (`verify`: their DUMP order differs from server to server; see `readPageScript`). 0, the
   * default: always DUMP.
   */
  readonly digestUpTo?: number;
}

/** Payload bytes one call may return at most; the rest of its keys are asked for again. */
const replyBudgetBytes = 4 * 1024 * 1024;

/**
 * Reads many keys of one service with one script call per master (per 4 MB of payload): the
 * DUMP payload and expiry of each key, or its size past the big-key limit, or (with `digestUpTo`)
 * a digest of a small set or hash in a hash table. Shared by `copy` (the source) and `verify`
 * (both sides, with digests).
 */
export class PageReader {
  private readonly script: LoadedScript;
  private readonly groups: NodeGroups;
  private readonly absolute: boolean;
  private readonly digestUpTo: number;

  /**
   * @param service - the side read.
   * @param version - its Redis version (PEXPIRETIME from 7.0, PTTL before).
   * @param cluster - whether it is a cluster (keys grouped per master).
   * @param options - digests instead of payloads.
   */
  public constructor(
    private readonly service: IRedisService,
    version: string,
    cluster: boolean,
    options: PageReaderOptions = {},
  ) {
    this.absolute = compareVersions(version, '7.0.0') >= 0;
    this.digestUpTo = options.digestUpTo ?? 0;
    this.script = new LoadedScript(service, readPageScript(this.absolute));
    this.groups = new NodeGroups(service, cluster);
  }

  /**
   * One read per key, in order; `undefined` for the keys of a call that failed as a whole (a
   * moved slot, a failover, NOSCRIPT, a reply of another shape): read those one command each.
   */
  public async read(keys: readonly Buffer[], bigKeyBytes: number): Promise<(PageRead | undefined)[]> {
    const reads = new Map<Buffer, PageRead | undefined>();
    const groups = await this.groups.group(keys, (key) => key).catch(() => [keys]);
    await Promise.all(groups.map((group) => this.readGroup(group, bigKeyBytes, reads)));
    return keys.map((key) => reads.get(key));
  }

  private async readGroup(
    keys: readonly Buffer[],
    bigKeyBytes: number,
    reads: Map<Buffer, PageRead | undefined>,
  ): Promise<void> {
    let pending = keys;
    while (pending.length > 0) {
      const first = pending[0] as Buffer;
      const reply = await callPageScript(
        (sha, keys, args) => this.service.bytes.evalsha(sha, keys, args),
        this.script,
        this.groups,
        first,
        [bigKeyBytes, replyBudgetBytes, this.digestUpTo, first, ...pending],
      );
      if (reply === undefined) return;
      const list = replyList(reply);
      const now = Date.now();
      const again = pending.filter((key, index) => {
        const read = this.decode(list[index], now);
        if (read === 'again') return true;
        reads.set(key, read);
        return false;
      });
      // Nothing read at all: stop rather than loop; the caller reads these one by one.
      if (again.length === pending.length) return;
      pending = again;
    }
  }

  private decode(reply: unknown, now: number): PageRead | 'again' | undefined {
    if (reply === null) return { kind: 'missing' };
    if (!Array.isArray(reply)) return undefined;
    const [first, expiry, type, bytes] = reply as unknown[];
    if (first === -1 && reply.length === 1) return 'again';
    if (typeof expiry !== 'number') return undefined;
    if (expiry === -2) return { kind: 'missing' };
    const expiresAt = expiry < 0 ? undefined : this.absolute ? expiry : now + expiry;
    if (typeof first === 'number') return { kind: 'big', size: first, expiresAt };
    if (reply.length === 4 && Buffer.isBuffer(first) && Buffer.isBuffer(type) && typeof bytes === 'number')
      return { kind: 'digest', type: type.toString(), digest: first.toString(), bytes, expiresAt };
    return Buffer.isBuffer(first) ? { kind: 'value', payload: first, expiresAt } : undefined;
  }
}
