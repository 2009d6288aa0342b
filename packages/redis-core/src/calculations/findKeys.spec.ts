import { describe, expect, it } from 'vitest';
import { parseCommandInfo } from './commandInfo.js';
import { findKeys } from './findKeys.js';

/** `COMMAND INFO get mset eval xread memory zunionstore blpop flushall dbsize lmpop` from redis-server 7.0, as ioredis 6 gives it. */
const reply: unknown = JSON.parse(
  '[["get",2,["readonly","fast"],1,1,1,["@read","@string","@fast"],[],[["flags",["RO","access"],"begin_search",["type","index","spec",["index",1]],"find_keys",["type","range","spec",["lastkey",0,"keystep",1,"limit",0]]]],[]],["mset",-3,["write","denyoom"],1,-1,2,["@write","@string","@slow"],["request_policy:multi_shard","response_policy:all_succeeded"],[["flags",["OW","update"],"begin_search",["type","index","spec",["index",1]],"find_keys",["type","range","spec",["lastkey",-1,"keystep",2,"limit",0]]]],[]],["eval",-3,["noscript","stale","skip_monitor","no_mandatory_keys","movablekeys"],0,0,0,["@slow","@scripting"],[],[["notes","We cannot tell how the keys will be used so we assume the worst, RW and UPDATE","flags",["RW","access","update"],"begin_search",["type","index","spec",["index",2]],"find_keys",["type","keynum","spec",["keynumidx",0,"firstkey",1,"keystep",1]]]],[]],["xread",-4,["readonly","blocking","movablekeys"],0,0,0,["@read","@stream","@slow","@blocking"],[],[["flags",["RO","access"],"begin_search",["type","keyword","spec",["keyword","STREAMS","startfrom",1]],"find_keys",["type","range","spec",["lastkey",-1,"keystep",1,"limit",2]]]],[]],["memory",-2,[],0,0,0,["@slow"],[],[],[["memory|help",2,["loading","stale"],0,0,0,["@slow"],[],[],[]],["memory|doctor",2,[],0,0,0,["@slow"],["nondeterministic_output","request_policy:all_shards","response_policy:special"],[],[]],["memory|purge",2,[],0,0,0,["@slow"],["request_policy:all_shards","response_policy:all_succeeded"],[],[]],["memory|malloc-stats",2,[],0,0,0,["@slow"],["nondeterministic_output","request_policy:all_shards","response_policy:special"],[],[]],["memory|usage",-3,["readonly"],2,2,1,["@read","@slow"],[],[["flags",["RO"],"begin_search",["type","index","spec",["index",2]],"find_keys",["type","range","spec",["lastkey",0,"keystep",1,"limit",0]]]],[]],["memory|stats",2,[],0,0,0,["@slow"],["nondeterministic_output","request_policy:all_shards","response_policy:special"],[],[]]]],["zunionstore",-4,["write","denyoom","movablekeys"],1,1,1,["@write","@sortedset","@slow"],[],[["flags",["OW","update"],"begin_search",["type","index","spec",["index",1]],"find_keys",["type","range","spec",["lastkey",0,"keystep",1,"limit",0]]],["flags",["RO","access"],"begin_search",["type","index","spec",["index",2]],"find_keys",["type","keynum","spec",["keynumidx",0,"firstkey",1,"keystep",1]]]],[]],["blpop",-3,["write","noscript","blocking"],1,-2,1,["@write","@list","@slow","@blocking"],[],[["flags",["RW","access","delete"],"begin_search",["type","index","spec",["index",1]],"find_keys",["type","range","spec",["lastkey",-2,"keystep",1,"limit",0]]]],[]],["flushall",-1,["write"],0,0,0,["@keyspace","@write","@slow","@dangerous"],["request_policy:all_shards","response_policy:all_succeeded"],[],[]],["dbsize",1,["readonly","fast"],0,0,0,["@keyspace","@read","@fast"],["request_policy:all_shards","response_policy:agg_sum"],[],[]],["lmpop",-4,["write","movablekeys"],0,0,0,["@write","@list","@slow"],[],[["flags",["RW","access","delete"],"begin_search",["type","index","spec",["index",1]],"find_keys",["type","keynum","spec",["keynumidx",0,"firstkey",1,"keystep",1]]]],[]]]\n',
);
const table = parseCommandInfo(reply);

function keysOf(line: readonly string[]): readonly number[] {
  const [name = '', ...args] = line;
  let info = table.get(name);
  const sub = info?.subcommands.get(String(args[0]).toLowerCase());
  if (sub !== undefined) info = sub;
  if (info === undefined) throw new Error(`no ${name} in the fixture`);
  return findKeys(info, line).positions;
}

describe('findKeys', () => {
  it('should find the one key of GET', () => {
    expect(keysOf(['get', 'k'])).toEqual([0]);
  });

  it('should find every other argument of MSET', () => {
    expect(keysOf(['mset', 'a', '1', 'b', '2'])).toEqual([0, 2]);
  });

  it('should follow EVAL numkeys', () => {
    expect(keysOf(['eval', 'return 1', '2', 'a', 'b', 'arg'])).toEqual([2, 3]);
  });

  it('should find no key of EVAL with numkeys 0', () => {
    expect(keysOf(['eval', 'return 1', '0', 'arg'])).toEqual([]);
  });

  it('should find the first half after XREAD STREAMS', () => {
    expect(keysOf(['xread', 'COUNT', '2', 'STREAMS', 's1', 's2', '0', '0'])).toEqual([3, 4]);
  });

  it('should find the key of the MEMORY USAGE subcommand', () => {
    expect(keysOf(['memory', 'usage', 'k', 'SAMPLES', '5'])).toEqual([1]);
  });

  it('should find the destination and the numkeys keys of ZUNIONSTORE', () => {
    expect(keysOf(['zunionstore', 'dest', '2', 'a', 'b', 'WEIGHTS', '1', '2'])).toEqual([0, 2, 3]);
  });

  it('should find every key of BLPOP but the timeout', () => {
    expect(keysOf(['blpop', 'a', 'b', '0'])).toEqual([0, 1]);
  });

  it('should follow LMPOP numkeys', () => {
    expect(keysOf(['lmpop', '2', 'a', 'b', 'LEFT'])).toEqual([1, 2]);
  });
});

describe('parseCommandInfo', () => {
  it('should read the write and blocking flags', () => {
    expect([table.get('flushall')?.flags.has('write'), table.get('blpop')?.flags.has('blocking')]).toEqual([
      true,
      true,
    ]);
  });

  it('should read the request policy tip of DBSIZE', () => {
    expect(table.get('dbsize')?.requestPolicy).toBe('all_shards');
  });

  it('should read maps given as Map objects (RESP3 decoders)', () => {
    const parsed = parseCommandInfo([
      [
        'get',
        2,
        new Set(['readonly']),
        1,
        1,
        1,
        [],
        [],
        [
          new Map<string, unknown>([
            [
              'begin_search',
              new Map<string, unknown>([
                ['type', 'index'],
                ['spec', new Map([['index', 1]])],
              ]),
            ],
            [
              'find_keys',
              new Map<string, unknown>([
                ['type', 'range'],
                [
                  'spec',
                  new Map([
                    ['lastkey', 0],
                    ['keystep', 1],
                    ['limit', 0],
                  ]),
                ],
              ]),
            ],
          ]),
        ],
        [],
      ],
    ]);
    const info = parsed.get('get');
    expect(info === undefined ? undefined : findKeys(info, ['get', 'k'])).toEqual({
      positions: [0],
      complete: true,
    });
  });
});
