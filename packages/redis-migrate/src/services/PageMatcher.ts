import type { IRedisService } from '@org/redis-interface';
import { matchPageScript, packPageScript } from '../calculations/matchScripts.js';
import { callPageScript, replyList } from './callPageScript.js';
import { LoadedScript } from './LoadedScript.js';
import { NodeGroups } from './NodeGroups.js';

/** What the target said of one source key. */
export type MatchVerdict = 'same' | 'gone' | 'read';

/** How {@link PageMatcher.match} compares. */
export interface MatchRules {
  /** `--big-key-bytes`: a key past it on either side is left to the comparison in chunks. */
  readonly bigKeyBytes: number;
  /** `--ttl-tolerance`, in ms. */
  readonly ttlToleranceMs: number;
  /** The largest hash-table set or hash compared by its elements digest. */
  readonly digestUpTo: number;
}

/** What {@link PageMatcher.match} found for a page. */
export interface PageMatch {
  /** Per key, in order: `read` when the target did not confirm it (read both sides, compare). */
  readonly verdicts: MatchVerdict[];
  /** Payload or digested bytes the source packed. */
  readonly bytes: number;
}

/** Reply bytes one pack call may return at most; the keys after it come back as `read`. */
const replyBudgetBytes = 4 * 1024 * 1024;
/** Target groups one byte of the assignment can name. */
const maxGroups = 256;
const verdictOf: Record<string, MatchVerdict> = { '1': 'same', '-': 'gone' };

/**
 * `verify`'s fast path between two Redis 7+ servers: each source node packs its keys of a page
 * into one string per target master (`packPageScript`), which the client forwards untouched to
 * that master (`matchPageScript`), which answers one character per key. Per page the client
 * handles a few strings, not two payloads per key: it is why verify keeps up with copy.
 */
export class PageMatcher {
  private readonly pack: LoadedScript;
  private readonly check: LoadedScript;
  private readonly sourceNodes: NodeGroups;
  private readonly targetNodes: NodeGroups;

  /**
   * @param source - the source service.
   * @param sourceCluster - whether it is a cluster.
   * @param target - the target service.
   * @param targetCluster - whether it is a cluster.
   */
  public constructor(
    private readonly source: IRedisService,
    sourceCluster: boolean,
    private readonly target: IRedisService,
    targetCluster: boolean,
  ) {
    this.pack = new LoadedScript(source, packPageScript);
    this.check = new LoadedScript(target, matchPageScript);
    this.sourceNodes = new NodeGroups(source, sourceCluster);
    this.targetNodes = new NodeGroups(target, targetCluster);
  }

  /**
   * Match a page of source keys against the target. A call that fails as a whole (a failover, a
   * moved slot, NOSCRIPT) leaves its keys `read`, never `same`.
   */
  public async match(keys: readonly Buffer[], rules: MatchRules): Promise<PageMatch> {
    const verdicts = new Map<Buffer, MatchVerdict>();
    const targetGroups = await this.targetNodes.group(keys, (key) => key).catch(() => undefined);
    if (targetGroups === undefined || targetGroups.length > maxGroups) return allRead(keys);
    const groupOf = new Map<Buffer, number>();
    targetGroups.forEach((group, index) => group.forEach((key) => groupOf.set(key, index)));
    const sourceGroups = await this.sourceNodes.group(keys, (key) => key).catch(() => [[...keys]]);
    // Per target group: the packed strings of each source call, and their keys in order.
    const packed = targetGroups.map(() => ({ parts: [] as Buffer[], keys: [] as Buffer[] }));
    let bytes = 0;
    await Promise.all(
      sourceGroups.map(async (group) => {
        const first = group[0] as Buffer;
        const assignment = Buffer.from(group.map((key) => groupOf.get(key) ?? 0));
        const reply = await callPageScript(
          (sha, routed, args) => this.source.bytes.evalsha(sha, routed, args),
          this.pack,
          this.sourceNodes,
          first,
          [
            rules.bigKeyBytes,
            replyBudgetBytes,
            rules.digestUpTo,
            targetGroups.length,
            assignment,
            first,
            ...group,
          ],
        );
        const list = replyList(reply);
        if (list.length !== targetGroups.length + 1) return;
        bytes += Number(list[targetGroups.length]);
        for (const [index, target] of packed.entries()) {
          const part = list[index];
          if (!Buffer.isBuffer(part)) continue;
          target.parts.push(part);
          target.keys.push(...group.filter((key) => groupOf.get(key) === index));
        }
      }),
    );
    await Promise.all(
      packed.map(async ({ parts, keys: order }) => {
        const first = order[0];
        if (first === undefined) return;
        const reply = await callPageScript(
          (sha, routed, args) => this.target.bytes.evalsha(sha, routed, args),
          this.check,
          this.targetNodes,
          first,
          [rules.bigKeyBytes, rules.ttlToleranceMs, rules.digestUpTo, first, Buffer.concat(parts)],
        );
        if (!Buffer.isBuffer(reply) || reply.length !== order.length) return;
        const answer = reply;
        order.forEach((key, index) => {
          const verdict = verdictOf[String.fromCharCode(answer[index] ?? 0)];
          if (verdict !== undefined) verdicts.set(key, verdict);
        });
      }),
    );
    return { verdicts: keys.map((key) => verdicts.get(key) ?? 'read'), bytes };
  }
}

function allRead(keys: readonly Buffer[]): PageMatch {
  return { verdicts: keys.map(() => 'read'), bytes: 0 };
}
