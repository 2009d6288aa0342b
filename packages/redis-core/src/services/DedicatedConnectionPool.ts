import type { Redis } from 'ioredis';
import { connectWithCause } from './connectWithCause.js';

/**
 * Idle dedicated connections by node, reused for blocking commands, transactions and durable
 * writes (a small pool: at most `maxIdle` kept per node; busy ones are never shared).
 */
export class DedicatedConnectionPool {
  private readonly idle = new Map<string, Redis[]>();
  private readonly nodeOf = new WeakMap<Redis, string>();
  private readonly all = new Set<Redis>();

  /**
   * @param onChange - told when a connection opens or closes (instrumentation).
   * @param maxIdle - idle connections kept per node: 16 lets a dozen concurrent `writeDurably`
   *   callers per master reuse connections instead of opening one per call.
   */
  public constructor(
    private readonly onChange: (event: 'open' | 'close') => void = () => undefined,
    private readonly maxIdle = 16,
  ) {}

  /** An idle connection to `node`, or a new one from `create` (connected before it is returned). */
  public async acquire(node: string, create: () => Redis): Promise<Redis> {
    const reused = this.idle.get(node)?.pop();
    if (reused !== undefined && reused.status === 'ready') return reused;
    reused?.disconnect();
    const connection = create();
    this.nodeOf.set(connection, node);
    this.all.add(connection);
    connection.on('error', () => undefined);
    connection.once('end', () => this.onChange('close'));
    this.onChange('open');
    try {
      // With the reason (WRONGPASS after a password rotation…), not ioredis' bare "Connection is closed".
      await connectWithCause(connection);
    } catch (error) {
      // ioredis keeps reconnecting after a failed first connect: stop it, nobody will use it.
      this.all.delete(connection);
      connection.disconnect();
      throw error;
    }
    return connection;
  }

  /** Back to the pool, or closed when the pool for that node is full or it is not healthy. */
  public release(connection: Redis): void {
    const node = this.nodeOf.get(connection) ?? '';
    const list = this.idle.get(node) ?? [];
    if (connection.status !== 'ready' || list.length >= this.maxIdle) {
      this.all.delete(connection);
      connection.disconnect();
      return;
    }
    list.push(connection);
    this.idle.set(node, list);
  }

  /** Close every connection, idle or busy (a blocked command rejects). */
  public closeAll(): void {
    for (const connection of this.all) connection.disconnect();
    this.all.clear();
    this.idle.clear();
  }
}
