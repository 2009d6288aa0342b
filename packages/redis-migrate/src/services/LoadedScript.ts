import type { IRedisService } from '@org/redis-interface';

/**
 * A script loaded on every master of a service (SCRIPT LOAD), by its SHA1; loaded again after a
 * NOSCRIPT (a promoted replica, a restarted node).
 */
export class LoadedScript {
  private loading: Promise<string> | undefined;

  /**
   * @param service - where it runs.
   * @param source - the Lua source.
   */
  public constructor(
    private readonly service: IRedisService,
    private readonly source: string,
  ) {}

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
    return this.service.scriptLoad(this.source).catch((error: unknown) => {
      // A failed load must not stick: the next call tries again.
      this.loading = undefined;
      throw error;
    });
  }
}
