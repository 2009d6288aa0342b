/**
 * Leaderboard: a sorted set of players by score. Add scores, add points to one player, read the top N
 * with their scores, and a player's rank and score.
 *
 * The board is one key: every command runs on that key's node, standalone or cluster alike.
 *
 * Run: `REDIS_URL=redis://127.0.0.1:6379 pnpm --filter @org/redis-examples exec tsx src/leaderboard.ts`
 */
import { randomBytes } from 'node:crypto';
import { RedisFactoryService } from '@org/redis-factory';

// Keys of this run only: runs on a shared server never collide, and the run deletes what it wrote.
const run = process.env['EXAMPLE_RUN_ID'] ?? randomBytes(4).toString('hex');
const board = `examples:${run}:leaderboard:season-1`;

const redis = new RedisFactoryService().createFromEnv();
await redis.connect();
try {
  const added = await redis.zadd(board, [
    { member: 'ada', score: 120 },
    { member: 'grace', score: 95 },
    { member: 'linus', score: 80 },
    { member: 'margaret', score: 150 },
    { member: 'ken', score: 60 },
  ]);
  console.log(JSON.stringify({ added }));

  // Points won in a match: ZINCRBY adds on the server, so two matches ending at once both count.
  const grace = await redis.zincrby(board, 40, 'grace');
  console.log(JSON.stringify({ player: 'grace', score: grace }));

  const top = await redis.zrangeWithScores(board, 0, 2, { rev: true });
  console.log(JSON.stringify({ top3: top.map(({ member, score }) => ({ member, score })) }));

  // ZREVRANK counts from 0 for the highest score: rank 1 is the leader.
  const rank = await redis.zrevrank(board, 'linus');
  const score = await redis.zscore(board, 'linus');
  console.log(JSON.stringify({ player: 'linus', rank: rank === null ? null : rank + 1, score }));
  console.log(JSON.stringify({ player: 'nobody', rank: await redis.zrevrank(board, 'nobody') }));
} finally {
  await redis.del(board);
  await redis.quit();
}
