import type { RedisFunctionInfo, RedisFunctionLibrary, RedisFunctionStats } from '@org/redis-interface';
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

/** `running_script` of FUNCTION STATS: `null`, or the function's name, command and duration. */
function toRunning(raw: unknown): RedisFunctionStats['runningScript'] {
  if (raw === null || raw === undefined) return null;
  const fields = pairsToRecord(raw as Raw);
  return {
    name: text(fields.name),
    command: ((fields.command ?? []) as unknown[]).map(text),
    durationMs: Number(fields.duration_ms),
  };
}

/** FUNCTION STATS of every master → one record per node (`host:port`). */
export function statsPerNode(replies: readonly NodeReply[]): Record<string, RedisFunctionStats> {
  return Object.fromEntries(
    replies.map(({ node, reply }) => {
      const fields = pairsToRecord(reply as Raw);
      const engines = pairsToRecord((fields.engines ?? []) as Raw);
      const stats: RedisFunctionStats = {
        runningScript: toRunning(fields.running_script),
        engines: Object.fromEntries(
          Object.entries(engines).map(([engine, counts]) => {
            const count = pairsToRecord(counts as Raw);
            return [
              engine,
              {
                librariesCount: Number(count.libraries_count),
                functionsCount: Number(count.functions_count),
              },
            ];
          }),
        ),
      };
      return [node, stats];
    }),
  );
}
