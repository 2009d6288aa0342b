import type { RedisFunctionInfo, RedisFunctionLibrary } from '@org/redis-interface';
import { pairsToRecord } from '../calculations/replies.js';
import type { NodeReply } from '../models/CommandDefinition.js';

type Raw = unknown[] | Record<string, unknown>;

const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString() : String(value));

function toFunction(raw: unknown): RedisFunctionInfo {
  const fields = pairsToRecord(raw as Raw);
  const description = fields.description;
  return {
    name: text(fields.name),
    description: description === null || description === undefined ? null : text(description),
    flags: ((fields.flags ?? []) as unknown[]).map(text),
  };
}

/** One library of FUNCTION LIST (pairs in RESP2, a map in RESP3). */
function toLibrary(raw: unknown): RedisFunctionLibrary {
  const fields = pairsToRecord(raw as Raw);
  const library = {
    libraryName: text(fields.library_name),
    engine: text(fields.engine),
    functions: ((fields.functions ?? []) as unknown[]).map(toFunction),
  };
  return fields.library_code === undefined ? library : { ...library, libraryCode: text(fields.library_code) };
}

/**
 * FUNCTION LIST of every master → the libraries every master has (where `fcall` works whatever the
 * keys' slot), as the first master describes them.
 */
export function librariesOnEveryMaster(replies: readonly NodeReply[]): RedisFunctionLibrary[] {
  const [first, ...others] = replies.map(({ reply }) => (reply as unknown[]).map(toLibrary));
  if (first === undefined) return [];
  const names = others.map((libraries) => new Set(libraries.map(({ libraryName }) => libraryName)));
  return first.filter(({ libraryName }) => names.every((set) => set.has(libraryName)));
}
