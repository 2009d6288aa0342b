import fc from 'fast-check';
import type { IRedisFunctionCommands } from '@org/redis-interface';
import { args, choice, flag, junk, keyArray, options, value } from './arbitraries.js';
import { isList, isRecord } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

/** A library the fuzz runs load, call and delete (its function only reads). */
export const fuzzLibrary = {
  name: 'fuzzlib',
  code: [
    '#!lua name=fuzzlib',
    "redis.register_function{function_name='fuzz_get', callback=function(keys) return redis.call('GET', keys[1]) end, flags={'no-writes'}}",
  ].join('\n'),
} as const;

const code = choice(fuzzLibrary.code, '#!lua name=broken\nnot lua (', 'no shebang');
const functionName = choice('fuzz_get', 'no_such_function');
const argv = fc.oneof(fc.array(value, { maxLength: 2 }), fc.constant(undefined), junk);
const done = (reply: unknown): boolean => reply === undefined;

/** Functions: library code, names, keys and options mixed with junk; payloads of random bytes. */
export const functionFuzzCases = {
  fcall: { args: (keys) => args(functionName, keyArray(keys), argv) },
  fcallRo: { args: (keys) => args(functionName, keyArray(keys), argv) },
  functionLoad: {
    args: () => args(code, options({ replace: flag })),
    resolves: (name) => name === fuzzLibrary.name,
  },
  functionDelete: { args: () => args(choice(fuzzLibrary.name, 'no-such-library')), resolves: done },
  functionFlush: { args: () => args(options({ async: flag })), resolves: done },
  functionList: {
    args: () => args(options({ libraryName: choice('fuzz*', '*'), withCode: flag })),
    resolves: isList,
  },
  functionStats: { args: () => fc.constant([]), resolves: isRecord },
  functionDump: { args: () => fc.constant([]), resolves: (payload) => Buffer.isBuffer(payload) },
  functionRestore: {
    args: () =>
      args(
        fc.oneof(
          fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes)),
          junk,
        ),
        options({ policy: choice('APPEND', 'REPLACE', 'FLUSH', 'append') }),
      ),
    resolves: done,
  },
} satisfies Record<keyof IRedisFunctionCommands, FuzzCase>;
