/**
 * What docs/commands.md counts: the Redis 7.0 command groups in scope, the commands left out on
 * purpose (with the reason), the deprecated ones another member covers, and the service members
 * written by hand (not definitions) with the commands they send.
 */

/** The groups of `COMMAND DOCS` whose every command is in scope. */
export const groupsInScope = [
  'string',
  'generic',
  'hash',
  'list',
  'set',
  'sorted-set',
  'stream',
  'bitmap',
  'hyperloglog',
  'geo',
  'pubsub',
  'scripting',
  'transactions',
] as const;

/** Commands of other groups that are in scope too. */
export const alsoInScope: readonly string[] = ['info'];

/** Left out on purpose, with the reason (`command` or `command|subcommand`). */
export const excluded: Readonly<Record<string, string>> = {
  move: 'databases: a cluster has only db 0, so code using them cannot move to a cluster',
  migrate: 'server-to-server data movement, an operator tool (see the migration CLI)',
  'object|help': 'help text for humans',
  'xgroup|help': 'help text for humans',
  'xinfo|help': 'help text for humans',
  'pubsub|help': 'help text for humans',
  'function|help': 'help text for humans',
  'script|help': 'help text for humans',
  'script|debug': 'the interactive Lua debugger of redis-cli',
  'script|kill': 'an operator action on a node (use nativeClient())',
  'function|kill': 'an operator action on a node (use nativeClient())',
  pfdebug: 'internal testing command of Redis',
  pfselftest: 'internal testing command of Redis',
  unsubscribe: 'sent by the function subscribe() resolves to',
  punsubscribe: 'sent by the function psubscribe() resolves to',
  sunsubscribe: 'sent by the function a sharded subscribe() resolves to',
};

/** Deprecated or redundant commands and the member that does the same. */
export const coveredBy: Readonly<Record<string, string>> = {
  getset: '`set(key, value, { get: true })`',
  setnx: "`set(key, value, { condition: 'NX' })`",
  setex: '`set(key, value, { ttl: { seconds } })`',
  psetex: '`set(key, value, { ttl: { milliseconds } })`',
  substr: '`getrange`',
  hmset: '`hset` (takes many fields)',
  rpoplpush: "`lmove(source, destination, 'RIGHT', 'LEFT')`",
  brpoplpush: "`blmove(source, destination, 'RIGHT', 'LEFT', timeout)`",
  georadius: '`geosearch`',
  georadius_ro: '`geosearch`',
  georadiusbymember: '`geosearch` with a member',
  georadiusbymember_ro: '`geosearch` with a member',
  multi: '`transaction()` (WATCH, MULTI, EXEC on a dedicated connection), `writeDurably()`',
  exec: '`transaction()`, `writeDurably()`',
  discard: '`transaction()` (when the function throws)',
  watch: '`transaction(keys, fn)`',
  unwatch: '`transaction(keys, fn)`',
  zrangebyscore: '`zrangebyscore` (sent as ZRANGE … BYSCORE)',
  zrangebylex: '`zrangebylex` (sent as ZRANGE … BYLEX)',
  zrevrange: '`zrange(key, start, stop, { rev: true })`',
  zrevrangebyscore: '`zrangebyscore(…, { rev: true })`',
  zrevrangebylex: '`zrangebylex(…, { rev: true })`',
  spublish: '`publish(channel, message, { sharded: true })`',
};

/**
 * Service members written by hand, and definitions whose name does not end with their subcommand
 * (a form of it: `xinfoStreamFull` sends XINFO STREAM … FULL), with the commands each sends.
 */
export const handWritten: Readonly<Record<string, readonly string[]>> = {
  xinfoStreamFull: ['xinfo|stream'],
  scan: ['scan'],
  scanPage: ['scan'],
  hscan: ['hscan'],
  sscan: ['sscan'],
  zscan: ['zscan'],
  subscribe: ['subscribe', 'ssubscribe'],
  psubscribe: ['psubscribe'],
  defineScript: ['evalsha', 'eval', 'script|load'],
  runScript: ['evalsha', 'eval'],
};
