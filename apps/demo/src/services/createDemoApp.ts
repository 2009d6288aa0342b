import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { RedisCacheContainerModule, redisCacheIdentifierFor, type RedisCache } from '@org/redis-cache';
import { RedisContainerModule } from '@org/redis-factory';
import {
  redisConfigIdentifier,
  redisServiceIdentifier,
  type IRedisService,
  type RedisClientConfig,
} from '@org/redis-interface';
import {
  createRedisLogger,
  createRedisMetrics,
  redisErrSerializer,
  type RedisLoggerOptions,
} from '@org/redis-metrics';
import Fastify, { LogController } from 'fastify';
import { Container } from 'inversify';
import { Server } from 'socket.io';
import { parseDemoSettings } from '../calculations/parseDemoSettings.js';
import { statusClientLabels } from '../calculations/statusClientLabels.js';
import type { DemoApp } from '../models/DemoApp.js';
import type { DemoAppOptions } from '../models/DemoAppOptions.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../models/SocketEvents.js';
import { ChatService } from './ChatService.js';
import { createSocketAdapter } from './createSocketAdapter.js';
import { createOutageLog } from './createOutageLog.js';
import { installErrorHandling } from './installErrorHandling.js';
import { LiveStatusFeed } from './LiveStatusFeed.js';
import { MessageStore } from './MessageStore.js';
import { PresenceTracker } from './PresenceTracker.js';
import { RateLimiter } from './RateLimiter.js';
import { registerOpsRoutes } from './registerOpsRoutes.js';
import { registerPageRoutes } from './registerPageRoutes.js';
import { registerRoomRoutes } from './registerRoomRoutes.js';
import { registerSocketHandlers } from './registerSocketHandlers.js';
import { RoomMembership } from './RoomMembership.js';
import { RoomStatsCache } from './RoomStatsCache.js';

type PinoLogger = NonNullable<RedisLoggerOptions['logger']>;

// Socket.IO messages are small JSON objects; a bigger frame is dropped by the transport.
const maxSocketFrameBytes = 64 * 1024;

/** The cache of room stats: keys `cache:room-stats:…`, bus channel `cache:room-stats:bus`. */
const statsCacheName = 'room-stats';

// Past their TTL, stats are answered stale for this long while one caller recomputes them (or when
// computing them fails), instead of every request of a busy room waiting for the recomputation.
const statsGraceMs = 2_000;

/**
 * Starts one demo instance: Fastify (HTTP) and Socket.IO on one port, Redis through the factory's
 * module. Several instances on one Redis form one chat: messages fan out through the Socket.IO Redis
 * adapter, history, presence and rate limits live in Redis, room stats in a two-tier cache
 * (`@org/redis-cache`: memory per instance over Redis, invalidated across instances). The page's live
 * panel gets this instance's view of Redis over the socket ({@link LiveStatusFeed}).
 *
 * @param options - the Redis module (or the environment to build one from) and setting overrides.
 * @returns the running app.
 * @throws RedisError `INVALID_CONFIG` / `CONNECTION_FAILED` / …, DemoConfigError, or the listen error
 *   (`EADDRINUSE`); everything started so far is closed first.
 */
export async function createDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  const env = options.env ?? process.env;
  const settings = { ...parseDemoSettings(env), ...options.settings };
  const ownsModule = options.redisModule === undefined;
  const redisModule = options.redisModule ?? RedisContainerModule.fromEnv(env);
  const instanceId = randomBytes(4).toString('hex');
  const cleanup: (() => Promise<void> | void)[] = [];
  // Every step runs, even after one failed: a half-closed app would keep Redis connections open.
  const closeAll = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const step of cleanup.reverse())
      await Promise.resolve()
        .then(step)
        .catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'The demo did not close cleanly');
  };
  try {
    if (ownsModule) cleanup.push(() => redisModule.shutdown());
    const app = Fastify({
      // redisErrSerializer: a RedisError's message already names its cause; pino's own would repeat it.
      logger: {
        level: settings.logLevel,
        base: { instance: instanceId },
        serializers: { err: redisErrSerializer },
      },
      // One line per request would drown the Redis and chat logs; errors are still logged.
      logController: new LogController({ disableRequestLogging: true }),
      forceCloseConnections: true,
      bodyLimit: 16 * 1024,
    });
    // Fastify builds its logger with pino (the same pino as @org/redis-metrics) but types it as the
    // narrower FastifyBaseLogger. The Redis logs become its child (`component: "redis"`).
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    const redisLogs = createRedisLogger({ logger: app.log as PinoLogger });
    const metrics = createRedisMetrics();
    cleanup.push(() => {
      metrics.stop();
      redisLogs.stop();
    });

    const cacheModule = new RedisCacheContainerModule([
      { name: statsCacheName, ttlMs: settings.statsTtlSeconds * 1000, graceMs: statsGraceMs },
    ]);
    // Closed once the app has stopped serving, before the Redis clients quit (cleanup runs last in, first out).
    cleanup.push(() => cacheModule.close());
    const container = new Container();
    container.load(redisModule, cacheModule);
    // Connects on first resolution: a Redis that is down fails the start here, with the factory's error.
    const redis = await container.getAsync<IRedisService>(redisServiceIdentifier);
    // The client is connected, so the cache resolves synchronously; its bus subscribes before the app
    // serves, so this instance's memory tier is in use (and kept in step) from the first request.
    const statsCache = container.get<RedisCache>(redisCacheIdentifierFor(statsCacheName));
    await statsCache.start();

    const config = container.get<RedisClientConfig>(redisConfigIdentifier);
    const adapterLog = createOutageLog(app.log, 'Socket.IO adapter');
    const socketAdapter = await createSocketAdapter(redis, config, adapterLog.error, adapterLog.ready);
    cleanup.push(() => socketAdapter.close());

    const io = new Server<ClientToServerEvents, ServerToClientEvents>(app.server, {
      adapter: socketAdapter.adapter,
      maxHttpBufferSize: maxSocketFrameBytes,
    });
    const presence = new PresenceTracker(redis, settings.presenceTtlMs);
    const membership = new RoomMembership(
      presence,
      (current) => io.to(current.room).emit('presence', current),
      Math.max(1000, Math.floor(settings.presenceTtlMs / 3)),
      app.log,
    );
    // Last in, first out: sockets close (and leave their rooms) while Redis is still there.
    cleanup.push(() => membership.close());
    cleanup.push(() => app.close());
    cleanup.push(() => io.close());
    // The live panel: to this instance's sockets only (`local`: not through the adapter, so it still
    // reaches them while Redis is down, and adds no Redis traffic).
    const liveStatus = new LiveStatusFeed({
      redis,
      labels: statusClientLabels(config),
      instanceId,
      publish: (status) => io.local.emit('status', status),
    });
    cleanup.push(() => liveStatus.close());
    // The migrating adapter subscribes as Socket.IO creates it: listen before serving, so that no
    // broadcast of another instance is missed, and a refused subscription fails the start.
    await socketAdapter.ready();

    const store = new MessageStore(redis, settings.historyMaxLength);
    const stats = new RoomStatsCache(statsCache, redis, presence, (error, room) => {
      app.log.warn({ err: error, room }, 'room stats not invalidated after a post: they may lag one TTL');
    });
    const chat = new ChatService(
      store,
      new RateLimiter(redis, settings.rateLimitMax, settings.rateLimitWindowMs),
      stats,
      (message) => io.to(message.room).emit('message', message),
    );
    // JSON bodies only: without Fastify's text/plain parser, such a body gets 415 UNSUPPORTED_MEDIA_TYPE.
    app.removeContentTypeParser('text/plain');
    installErrorHandling(app);
    registerPageRoutes(app, { instanceId, mode: redis.mode, env });
    registerOpsRoutes(app, redisModule, metrics);
    registerRoomRoutes(app, { settings, store, chat, stats });
    registerSocketHandlers(io, { settings, store, chat, membership, instanceId, log: app.log, liveStatus });

    await app.listen({ port: settings.port, host: settings.host });
    const address = app.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    app.log.info({ mode: redis.mode, adapter: socketAdapter.kind }, 'demo listening');

    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${address.port}`,
      mode: redis.mode,
      instanceId,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}
