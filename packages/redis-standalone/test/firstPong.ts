import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** One raw PING on a fresh socket: whether the server answered PONG within `timeoutMs`. */
function pingOnce(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (answered: boolean): void => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * `performance.now()` when the server first answered a raw PING, polled every 5 ms for at most
 * `limitMs`: the moment a client could have had its commands served again, measured without the
 * client under test.
 */
export async function firstPong(host: string, port: number, limitMs: number): Promise<number> {
  const giveUp = performance.now() + limitMs;
  while (performance.now() < giveUp) {
    if (await pingOnce(host, port, 100)) return performance.now();
    await sleep(5);
  }
  throw new Error(`${host}:${port} did not answer PING within ${limitMs} ms`);
}
