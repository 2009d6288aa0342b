// Two instances in REDIS_MODE=migrating through a live move from a standalone server (source) to a
// 3-master cluster (target), both started here: posts fan out once over Socket.IO in dual-write and
// after cutover, and the history is on the target. The steps run in order and share the instances.
import { formatRedisMigrationControl, redisMigrationControlDefaults } from '@org/redis-interface';
import type { RedisHealth } from '@org/redis-interface';
import { startCluster, startStandalone } from '@org/redis-testkit';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';
import { Cluster, Redis } from 'ioredis';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomKeys } from '../src/calculations/roomKeys.js';
import type { ChatMessage } from '../src/models/ChatMessage.js';
import type { DemoApp } from '../src/models/DemoApp.js';
import { unique } from './support/demoEnv.js';
import { getJson, postJson } from './support/http.js';
import { join, SocketClients } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

const keyPrefix = 'move:';
const controlKey = `${keyPrefix}${redisMigrationControlDefaults.key}`;

/** The texts of the `message` events a socket receives from now on. */
function collect(socket: Socket): string[] {
  const texts: string[] = [];
  socket.on('message', (message: ChatMessage) => texts.push(message.text));
  return texts;
}

/** Waits until `done()` holds, checking every 50 ms, or fails after `timeoutMs`. */
async function until(
  what: string,
  done: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function phaseOf(app: DemoApp): Promise<string | undefined> {
  const health = await getJson<{ clients: Record<string, RedisHealth> }>(`${app.url}/health`);
  return health.body.clients['default']?.migration?.phase;
}

describe('demo live move (standalone source → cluster target)', () => {
  // Undefined until started: afterAll stops what beforeAll got to start.
  let source: RedisStandaloneTopology | undefined;
  let target: RedisClusterTopology | undefined;
  let sourceClient!: Redis;
  let targetClient!: Cluster;
  let a: DemoApp;
  let b: DemoApp;
  let onA: string[];
  let onB: string[];
  const apps = new DemoInstances();
  const clients = new SocketClients();
  const room = unique('room');
  const user = unique('ada');
  const posted: string[] = [];

  /** Posts `texts` through instance A, then waits until both clients got as many messages as posted. */
  async function post(texts: readonly string[]): Promise<void> {
    for (const text of texts) {
      const reply = await postJson(`${a.url}/rooms/${room}/messages`, { user, text });
      if (reply.status !== 201) throw new Error(`post failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      posted.push(text);
    }
    await until('every message delivered', () => onA.length >= posted.length && onB.length >= posted.length);
    // Time for a duplicate to arrive, if one were on its way.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startStandalone(),
      startCluster({ masters: 3, replicasPerMaster: 0 }),
    ]);
    sourceClient = new Redis(source.url);
    targetClient = new Cluster([...target.startupNodes]);
    const env = {
      REDIS_MODE: 'migrating',
      SOURCE_REDIS_URL: source.url,
      SOURCE_REDIS_KEY_PREFIX: keyPrefix,
      TARGET_REDIS_MODE: 'cluster',
      TARGET_REDIS_CLUSTER_NODES: target.startupNodes.map((node) => `${node.host}:${node.port}`).join(','),
      TARGET_REDIS_KEY_PREFIX: keyPrefix,
      REDIS_MIGRATION_PHASE_POLL_MS: '500',
    };
    [a, b] = await Promise.all([
      apps.startOn(env, { rateLimitMax: 100 }),
      apps.startOn(env, { rateLimitMax: 100 }),
    ]);
    const [socketA, socketB] = await Promise.all([clients.connect(a.url), clients.connect(b.url)]);
    await join(socketA, room, unique('bob'));
    await join(socketB, room, unique('eve'));
    onA = collect(socketA);
    onB = collect(socketB);
  }, 90_000);

  afterAll(async () => {
    clients.closeAll();
    await apps.closeAll();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed early
    sourceClient?.disconnect();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed early
    targetClient?.disconnect();
    await Promise.allSettled([source?.stop(), target?.stop()]);
  }, 60_000);

  describe('having the move in dual-write', () => {
    it('should deliver each message posted on A once to the clients on A and B', async () => {
      await post(['one', 'two', 'three']);
      expect({ onA, onB }).toStrictEqual({ onA: posted, onB: posted });
    });
  });

  describe('having switched the move to cutover', () => {
    beforeAll(async () => {
      const control = formatRedisMigrationControl({
        phase: 'cutover',
        revision: 1,
        changedAt: new Date().toISOString(),
      });
      await Promise.all([sourceClient.set(controlKey, control), targetClient.set(controlKey, control)]);
      await Promise.all([
        sourceClient.publish(controlKey, control),
        targetClient.publish(controlKey, control),
      ]);
    });

    it('should show cutover in the /health of both instances', async () => {
      await until('both instances in cutover', async () =>
        (await Promise.all([phaseOf(a), phaseOf(b)])).every((phase) => phase === 'cutover'),
      );
      expect(await Promise.all([phaseOf(a), phaseOf(b)])).toStrictEqual(['cutover', 'cutover']);
    });

    it('should still deliver each message posted on A once to the clients on A and B', async () => {
      await post(['four', 'five', 'six']);
      expect({ onA, onB }).toStrictEqual({ onA: posted, onB: posted });
    });

    it('should have the whole room history in the target, as the demo reads it', async () => {
      const entries = await targetClient.xrange(`${keyPrefix}${roomKeys(room).history}`, '-', '+');
      const history = await getJson<{ messages: ChatMessage[] }>(`${b.url}/rooms/${room}/messages`);
      expect({
        target: entries.map(([, fields]) => fields[fields.indexOf('text') + 1]),
        read: history.body.messages.map((message) => message.text),
        sameIds:
          entries.map(([id]) => id).join() === history.body.messages.map((message) => message.id).join(),
      }).toStrictEqual({ target: posted, read: posted, sameIds: true });
    });
  });
});
