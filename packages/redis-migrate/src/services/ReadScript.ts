import type { IRedisService } from '@org/redis-interface';
import { compareVersions } from '../calculations/compareVersions.js';
import { readScriptRedis6, readScriptRedis7 } from '../calculations/readScript.js';

/** The read script, loaded on every source master; reloaded after a failover promoted a replica. */
export class ReadScript {
  private readonly script: string;
  private loading: Promise<string> | undefined;

  /**
   * @param source - the source service.
   * @param version - the source's Redis version (PEXPIRETIME from 7.0).
   */
  public constructor(
    private readonly source: IRedisService,
    version: string,
  ) {
    this.script = compareVersions(version, '7.0.0') >= 0 ? readScriptRedis7 : readScriptRedis6;
  }

  /** The SHA1 to call, loading the script first when needed. */
  public sha(): Promise<string> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Load it again on every master (one of them answered NOSCRIPT). */
  public reload(): Promise<string> {
    this.loading = this.load();
    return this.loading;
  }

  private load(): Promise<string> {
    return this.source.scriptLoad(this.script).catch((error: unknown) => {
      // A failed load must not stick: the next batch tries again.
      this.loading = undefined;
      throw error;
    });
  }
}
