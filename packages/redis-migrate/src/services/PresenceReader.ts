import type { IRedisService } from '@org/redis-interface';
import { displayKey } from '../calculations/displayKey.js';
import { presencePageScript } from '../calculations/pageScripts.js';
import { MigrateError } from '../models/MigrateError.js';
import { callPageScript, replyList } from './callPageScript.js';
import { LoadedScript } from './LoadedScript.js';
import { NodeGroups } from './NodeGroups.js';

/**
 * Tells which keys of a page a service holds, with one script call per master (`verify` looks
 * the target's keys up on the source). The keys of a call that failed as a whole are looked up
 * with one pipelined EXISTS each.
 */
export class PresenceReader {
  private readonly script: LoadedScript;
  private readonly groups: NodeGroups;

  /**
   * @param service - the side asked.
   * @param cluster - whether it is a cluster (keys grouped per master).
   * @param side - `source` or `target`, for messages.
   */
  public constructor(
    private readonly service: IRedisService,
    cluster: boolean,
    private readonly side: string,
  ) {
    this.script = new LoadedScript(service, presencePageScript);
    this.groups = new NodeGroups(service, cluster);
  }

  /**
   * @returns whether each key exists, in order.
   * @throws MigrateError `VERIFY_FAILED` when a key cannot be looked up (its error code in the message).
   */
  public async exists(keys: readonly Buffer[]): Promise<boolean[]> {
    const found = new Map<Buffer, boolean>();
    const groups = await this.groups.group(keys, (key) => key).catch(() => [[...keys]]);
    await Promise.all(
      groups.map(async (group) => {
        const first = group[0] as Buffer;
        const reply = await callPageScript(
          (sha, routed, args) => this.service.evalsha(sha, routed, args),
          this.script,
          this.groups,
          first,
          [first, ...group],
        );
        const list = replyList(reply);
        const answered = reply !== undefined && list.length === group.length;
        const flags = answered ? list.map((flag) => flag === 1) : await this.oneByOne(group);
        group.forEach((key, index) => found.set(key, flags[index] === true));
      }),
    );
    return keys.map((key) => found.get(key) === true);
  }

  private async oneByOne(keys: readonly Buffer[]): Promise<boolean[]> {
    const pipeline = this.service.pipeline();
    for (const key of keys) pipeline.exists(key);
    const results = await pipeline.exec();
    return results.map((result, index) => {
      if (!result.ok) {
        throw new MigrateError(
          'VERIFY_FAILED',
          `Could not look up ${JSON.stringify(displayKey(keys[index] ?? Buffer.alloc(0)))} on the ${this.side}: ${result.error.code}: ${result.error.message}`,
          { cause: result.error },
        );
      }
      return result.value === 1;
    });
  }
}
