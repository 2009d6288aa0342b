import type { IRedisService } from '@org/redis-interface';
import { compareVersions } from '../calculations/compareVersions.js';
import { displayKey } from '../calculations/displayKey.js';
import type { KeyState } from '../models/KeyState.js';
import { MigrateError } from '../models/MigrateError.js';
import type { PageRead, PageReader } from './PageReader.js';

/**
 * One command per key: its expiry, then its DUMP, or only its size when `MEMORY USAGE … SAMPLES 1`
 * (O(1)-ish, the copy decides "big" the same way) exceeds ARGV[1], so a huge key is never serialised
 * here. Returns `{}` (gone), `{expiry, payload}` or `{expiry, bytes}`.
 */
const readScript = `
local expiry = redis.call(ARGV[2], KEYS[1])
if expiry == -2 then return {} end
local bytes = redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '1')
if bytes and bytes > tonumber(ARGV[1]) then return {expiry, bytes} end
local payload = redis.call('DUMP', KEYS[1])
if not payload then return {} end
return {expiry, payload}
`;

/** How `readKeyStates` reads one side. */
export interface KeyStateReader {
  readonly service: IRedisService;
  /** The side's `redis_version`: PEXPIRETIME and EVAL_RO from 7.0, PTTL and EVAL before. */
  readonly version: string;
  /** `--big-key-bytes`. */
  readonly bigKeyBytes: number;
  /** `source` or `target`, for messages. */
  readonly side: string;
  /** Reads many keys per script call; keys it could not read go one command each. */
  readonly pages?: PageReader | undefined;
}

/**
 * Read the state of `keys` on one side: with `reader.pages`, one script call per master for the
 * whole page (the copy's page read); the keys of a call that failed, and every key without
 * `pages`, with one pipeline of one script call per key (see `readScript`: the measured
 * alternative, DUMP + PEXPIRETIME as two commands, costs the client twice the commands for the
 * same throughput on the server). Cluster: the pipeline is split per master.
 *
 * @returns one state per key, in order.
 * @throws MigrateError `VERIFY_FAILED` when a key cannot be read (its error code in the message).
 */
export async function readKeyStates(reader: KeyStateReader, keys: readonly Buffer[]): Promise<KeyState[]> {
  if (keys.length === 0) return [];
  if (reader.pages === undefined) return readOneByOne(reader, keys);
  const reads = await reader.pages.read(keys, reader.bigKeyBytes);
  const unread = keys.filter((_key, index) => reads[index] === undefined);
  const fallback = unread.length === 0 ? [] : await readOneByOne(reader, unread);
  let next = 0;
  return reads.map((read) => (read === undefined ? (fallback[next++] as KeyState) : fromPageRead(read)));
}

function fromPageRead(read: PageRead): KeyState {
  if (read.kind === 'missing') return read;
  if (read.kind === 'big') return { kind: 'big', bytes: read.size, expiresAt: read.expiresAt };
  if (read.kind === 'digest') return { ...read, kind: 'digested' };
  return { kind: 'dumped', payload: read.payload, expiresAt: read.expiresAt };
}

async function readOneByOne(reader: KeyStateReader, keys: readonly Buffer[]): Promise<KeyState[]> {
  const modern = compareVersions(reader.version, '7.0.0') >= 0;
  const args = [String(reader.bigKeyBytes), modern ? 'PEXPIRETIME' : 'PTTL'];
  const pipeline = reader.service.pipeline();
  for (const key of keys) {
    if (modern) pipeline.bytes.evalRo(readScript, [key], args);
    else pipeline.bytes.eval(readScript, [key], args);
  }
  const results = await pipeline.exec();
  const readAt = Date.now();
  return results.map((result, index) => {
    if (!result.ok) {
      const key = displayKey(keys[index] ?? Buffer.alloc(0));
      throw new MigrateError(
        'VERIFY_FAILED',
        `Could not read ${JSON.stringify(key)} on the ${reader.side}: ${result.error.code}: ${result.error.message}`,
        { cause: result.error },
      );
    }
    return toKeyState(result.value, modern, readAt);
  });
}

function toKeyState(reply: unknown, absolute: boolean, readAt: number): KeyState {
  if (!Array.isArray(reply) || reply.length < 2) return { kind: 'missing' };
  const [expiry, body] = reply as [unknown, unknown];
  const raw = Number(expiry);
  const expiresAt = raw < 0 ? undefined : absolute ? raw : readAt + raw;
  if (Buffer.isBuffer(body)) return { kind: 'dumped', payload: body, expiresAt };
  return { kind: 'big', bytes: Number(body), expiresAt };
}
