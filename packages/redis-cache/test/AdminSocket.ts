import { connect, type Socket } from 'node:net';

/**
 * One raw connection to a test server, opened before a fault and kept, for commands that must still get
 * through when the server refuses new connections (`maxclients`). Inline commands, simple replies only
 * (status, error, integer, bulk string): enough for CONFIG SET, CLIENT LIST and CLIENT KILL.
 */
export class AdminSocket {
  private buffer = Buffer.alloc(0);
  private waiting: ((reply: string) => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.deliver();
    });
  }

  /** Connects to 127.0.0.1:`port`. */
  public static open(port: number): Promise<AdminSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => resolve(new AdminSocket(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends one command (arguments without spaces) and resolves with its reply as text. */
  public send(...args: string[]): Promise<string> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.socket.write(`${args.join(' ')}\r\n`);
    });
  }

  public close(): void {
    this.socket.destroy();
  }

  private deliver(): void {
    const end = this.buffer.indexOf('\r\n');
    if (end < 0 || this.waiting === undefined) return;
    const head = this.buffer.subarray(0, end).toString();
    let reply: string;
    let used: number;
    if (head.startsWith('$')) {
      const length = Number(head.slice(1));
      if (this.buffer.length < end + 2 + length + 2) return;
      reply = this.buffer.subarray(end + 2, end + 2 + length).toString();
      used = end + 2 + length + 2;
    } else {
      reply = head.slice(1);
      used = end + 2;
    }
    this.buffer = this.buffer.subarray(used);
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve(reply);
  }
}

/** Kills the pub/sub connections whose name is `name` or ends with `:name` (ioredis cluster subscribers). */
export async function killSubscribersVia(admin: AdminSocket, name: string): Promise<number> {
  let killed = 0;
  for (const line of (await admin.send('CLIENT', 'LIST', 'TYPE', 'pubsub')).split('\n')) {
    const connection = / name=(\S*)/u.exec(line)?.[1] ?? '';
    if (connection !== name && !connection.endsWith(`:${name}`)) continue;
    const id = /(?:^|\s)id=(\d+)/u.exec(line)?.[1];
    if (id !== undefined) killed += Number(await admin.send('CLIENT', 'KILL', 'ID', id)) || 0;
  }
  return killed;
}
