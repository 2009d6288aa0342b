import { RedisError } from '@org/redis-interface';
import { dedicatedPoolExhaustedError } from '../calculations/dedicatedPoolExhaustedError.js';
import type { DedicatedConnectionLimits } from '../models/DedicatedConnectionLimits.js';
import type { NodeConnection } from '../models/NodeConnection.js';

/** A caller queued for a connection to a node whose maximum is reached. */
interface Waiter {
  readonly create: () => NodeConnection;
  readonly resolve: (connection: NodeConnection | Promise<NodeConnection>) => void;
  readonly reject: (error: RedisError) => void;
  readonly timer: NodeJS.Timeout;
}

/** What the pool knows of one node. */
interface NodeConnections {
  readonly node: string;
  readonly idle: NodeConnection[];
  /** Busy, connecting and idle connections. */
  open: number;
  /** First come, first served: a Set iterates in insertion order and forgets a waiter in O(1). */
  readonly waiters: Set<Waiter>;
}

/**
 * Dedicated connections by node for blocking commands, transactions and durable writes: at most
 * `maxPerNode` open at once per node (so 1,000 concurrent BLPOPs do not open 1,000 sockets),
 * idle ones reused (up to 16 kept, or `maxPerNode` if lower), busy ones never shared. Past the
 * maximum a caller waits, first come first served, until one is released or `waitMs` passes.
 * Ordinary commands never come here.
 */
export class DedicatedConnectionPool {
  private readonly nodes = new Map<string, NodeConnections>();
  private readonly nodeOf = new WeakMap<NodeConnection, string>();
  private readonly all = new Set<NodeConnection>();
  private readonly maxIdle: number;

  /**
   * An empty pool: connections are opened when a blocking command needs one.
   *
   * @param onChange - told when a connection opens or closes (instrumentation).
   * @param limits - the maximum per node and the wait past it; unlimited when omitted.
   */
  public constructor(
    private readonly onChange: (event: 'open' | 'close') => void = () => undefined,
    private readonly limits: DedicatedConnectionLimits = { maxPerNode: Infinity, waitMs: Infinity },
  ) {
    // 16 lets a dozen concurrent `writeDurably` callers per master reuse connections.
    this.maxIdle = Math.min(16, limits.maxPerNode);
  }

  /**
   * An idle connection to `node`, or a new one from `create` (unconnected: connected here before it
   * is returned), or,
   * once `maxPerNode` are open, the next one released.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `COMMAND_TIMEOUT` when none is free within
   *   `waitMs`; `NOT_CONNECTED` when {@link DedicatedConnectionPool.closeAll} runs first; what connecting
   *   throws.
   */
  public acquire(node: string, create: () => NodeConnection, command: string): Promise<NodeConnection> {
    const state = this.stateOf(node);
    // Reuse first; the idle list never holds a connection a waiter could have had.
    for (let reused = state.idle.pop(); reused !== undefined; reused = state.idle.pop()) {
      if (reused.ready) return Promise.resolve(reused);
      this.drop(reused, state);
    }
    if (state.open < this.limits.maxPerNode) return this.open(node, state, create);
    return new Promise<NodeConnection>((resolve, reject) => {
      const waiter: Waiter = {
        create,
        resolve,
        reject,
        // Leaves the queue at its deadline: it must not take a connection nobody would release.
        timer: setTimeout(() => {
          state.waiters.delete(waiter);
          reject(dedicatedPoolExhaustedError(command, node, this.limits));
        }, this.limits.waitMs),
      };
      state.waiters.add(waiter);
    });
  }

  /** Handed to the first waiter, back to the pool, or closed when the node has enough idle or it is not healthy. */
  public release(connection: NodeConnection): void {
    const node = this.nodeOf.get(connection) ?? '';
    const state = this.nodes.get(node);
    if (state === undefined || !this.all.has(connection)) {
      connection.disconnect();
      return;
    }
    if (!connection.ready) {
      this.drop(connection, state);
      return;
    }
    const waiter = this.nextWaiter(state);
    if (waiter !== undefined) waiter.resolve(connection);
    else if (state.idle.length >= this.maxIdle) this.drop(connection, state);
    else state.idle.push(connection);
  }

  /** Close every connection, idle or busy (a blocked command rejects), and reject every waiter. */
  public closeAll(): void {
    for (const state of this.nodes.values()) {
      for (let waiter = this.nextWaiter(state); waiter !== undefined; waiter = this.nextWaiter(state)) {
        waiter.reject(
          new RedisError(
            'NOT_CONNECTED',
            `The service was closed while waiting for a connection to ${state.node}.`,
          ),
        );
      }
    }
    for (const connection of this.all) connection.disconnect();
    this.all.clear();
    this.nodes.clear();
  }

  private stateOf(node: string): NodeConnections {
    let state = this.nodes.get(node);
    if (state === undefined) {
      state = { node, idle: [], open: 0, waiters: new Set() };
      this.nodes.set(node, state);
    }
    return state;
  }

  /** The first waiter, out of the queue with its timer stopped. */
  private nextWaiter(state: NodeConnections): Waiter | undefined {
    const waiter = state.waiters.values().next().value;
    if (waiter === undefined) return undefined;
    state.waiters.delete(waiter);
    clearTimeout(waiter.timer);
    return waiter;
  }

  private async open(
    node: string,
    state: NodeConnections,
    create: () => NodeConnection,
  ): Promise<NodeConnection> {
    state.open += 1;
    let connection: NodeConnection;
    try {
      connection = create();
    } catch (error) {
      this.freeSlot(state);
      throw error;
    }
    this.nodeOf.set(connection, node);
    this.all.add(connection);
    connection.onEnd(() => this.onChange('close'));
    this.onChange('open');
    try {
      // With the reason (WRONGPASS after a password rotation…), not a bare "Connection is closed".
      await connection.connect();
    } catch (error) {
      // A client may keep reconnecting after a failed first connect: stop it, nobody will use it.
      this.drop(connection, state);
      throw error;
    }
    return connection;
  }

  /** Close `connection` and give its place to the first waiter. */
  private drop(connection: NodeConnection, state: NodeConnections): void {
    this.all.delete(connection);
    connection.disconnect();
    this.freeSlot(state);
  }

  private freeSlot(state: NodeConnections): void {
    state.open -= 1;
    const waiter = this.nextWaiter(state);
    if (waiter === undefined) return;
    waiter.resolve(this.open(state.node, state, waiter.create));
  }
}
