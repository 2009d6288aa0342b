import type { ChatMessage } from '../../../src/models/ChatMessage.js';
import { join, SocketClients } from '../SocketClients.js';

/** One demo instance the load talks to. */
export interface LoadInstance {
  readonly url: string;
}

/** What the load saw, for the end-of-run assertions. */
export interface LoadOutcome {
  /** Requests answered with a non-2xx status or not answered at all, with what happened. */
  readonly failures: readonly string[];
  /** HTTP requests sent, posts and reads. */
  readonly requests: number;
  /** The message IDs each acknowledged post returned, by room. */
  readonly acked: ReadonlyMap<string, readonly string[]>;
  /** For each room, for each listening socket, the IDs of the messages it received (duplicates kept). */
  readonly received: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/**
 * A bounded load on two demo instances during a live move: each room is written through one instance
 * (its "home", as a sticky load balancer would route it), its history and stats are read through
 * both, and a socket on each instance listens to it, so every post crosses instances over pub/sub.
 * Posts go out every `intervalMs` on average (jittered), one at a time per room, until `stop()` or
 * `maxPosts`.
 *
 * @remarks
 * Sticky rooms keep the writes of one key in one process, where the migrating service replays them
 * on the second side in the order the first side applied them; two instances writing one stream at
 * the same moment could reach the second side in the other order (docs/live-migration-races.md).
 */
export class MoveLoad {
  private readonly clients = new SocketClients();
  private readonly failures: string[] = [];
  private readonly acked = new Map<string, string[]>();
  private readonly received = new Map<string, string[][]>();
  private requests = 0;
  private running = false;
  private loops: Promise<void>[] = [];

  /**
   * @param instances - the two instances.
   * @param rooms - the rooms, each homed on `instances[index % 2]`.
   * @param options - pace and bound.
   */
  public constructor(
    private readonly instances: readonly [LoadInstance, LoadInstance],
    private readonly rooms: readonly string[],
    private readonly options: { readonly intervalMs: number; readonly maxPosts: number },
  ) {}

  /** Connects the listening sockets and starts posting and reading. */
  public async start(): Promise<void> {
    for (const room of this.rooms) {
      const listeners: string[][] = [];
      this.received.set(room, listeners);
      this.acked.set(room, []);
      for (const [index, instance] of this.instances.entries()) {
        const socket = await this.clients.connect(instance.url);
        const seen: string[] = [];
        listeners.push(seen);
        socket.on('message', (message: ChatMessage) => {
          if (message.room === room) seen.push(message.id);
        });
        await join(socket, room, `listener-${index}-${room}`);
      }
    }
    this.running = true;
    this.loops = this.rooms.map((room, index) => this.drive(room, index));
  }

  /** Stops posting, lets the last broadcasts arrive, and closes the sockets. */
  public async stop(settleMs = 500): Promise<LoadOutcome> {
    this.running = false;
    await Promise.all(this.loops);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    this.clients.closeAll();
    return { failures: this.failures, requests: this.requests, acked: this.acked, received: this.received };
  }

  /** Posts made so far, over every room. */
  public get posts(): number {
    let count = 0;
    for (const ids of this.acked.values()) count += ids.length;
    return count;
  }

  private async drive(room: string, index: number): Promise<void> {
    const home = this.instances[index % 2] ?? this.instances[0];
    const other = this.instances[(index + 1) % 2] ?? this.instances[1];
    let sent = 0;
    while (this.running && sent < this.options.maxPosts) {
      sent += 1;
      const posted = await this.call('POST', `${home.url}/rooms/${room}/messages`, {
        user: `writer-${room}`,
        text: `post ${sent}`,
      });
      const id = (posted as { message?: { id?: unknown } } | undefined)?.message?.id;
      if (typeof id === 'string') this.acked.get(room)?.push(id);
      await this.call('GET', `${other.url}/rooms/${room}/messages?limit=5`);
      if (sent % 5 === 0) await this.call('GET', `${other.url}/rooms/${room}/stats`);
      // Jittered, so that the rooms do not post in lockstep.
      await new Promise((resolve) => setTimeout(resolve, this.options.intervalMs * (0.5 + Math.random())));
    }
  }

  private async call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<unknown> {
    this.requests += 1;
    try {
      const response = await fetch(url, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(5000),
      });
      const parsed: unknown = await response.json();
      if (response.status >= 300)
        this.failures.push(`${method} ${url}: ${response.status} ${JSON.stringify(parsed)}`);
      return parsed;
    } catch (error) {
      this.failures.push(`${method} ${url}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
