import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { RedisError, redisErrorCodes, type IRedisService } from '@org/redis-interface';
import { callMember } from './callMember.js';
import type { FuzzCase, FuzzKeys, FuzzTarget } from './FuzzCase.js';
import type { FuzzSettings } from './fuzzSettings.js';
import { resetFuzzKeys, snapshotFuzzKeys } from './fuzzKeyPool.js';

const codes = new Set<string>(Object.values(redisErrorCodes));
/** Codes of rejections decided before anything is sent: the keys must be exactly as they were. */
const refusedBeforeSending = new Set<string>([
  'INVALID_ARGUMENT',
  'CROSS_SLOT',
  'CONFIRMATION_REQUIRED',
  'UNSUPPORTED_IN_MODE',
  'UNSUPPORTED_BY_SERVER',
  'NODE_UNKNOWN',
]);

/**
 * What junk arguments turn into when sent as text: none of these may ever exist under the group's
 * own key prefix (the fuzz cases never use these names as keys).
 */
const coercedKeys = [
  '',
  '[object Object]',
  'Symbol(fuzz)',
  'undefined',
  'null',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  '0',
  '1',
  '2',
  '1.5',
  '10',
  String(new Date(0)),
  "() => 'k'",
];

/** Runs every member gets, whatever its time budget. */
const minimumRuns = 3;

/** Where one member's fuzz runs happen. */
export interface FuzzRun {
  readonly member: string;
  readonly fuzzCase: FuzzCase;
  readonly service: IRedisService;
  readonly keys: FuzzKeys;
  readonly target: FuzzTarget;
  /** What the keys hold right after a reset. */
  readonly initial: unknown;
}

type Outcome =
  | { readonly kind: 'threw'; readonly error: unknown }
  | { readonly kind: 'resolved'; readonly value: unknown }
  | { readonly kind: 'rejected'; readonly error: unknown };

const show = (value: unknown): string => inspect(value, { depth: 3, breakLength: Number.POSITIVE_INFINITY });

async function outcomeOf(run: FuzzRun, args: readonly unknown[]): Promise<Outcome> {
  const { fuzzCase, service, member } = run;
  let returned: unknown;
  try {
    returned = fuzzCase.invoke
      ? fuzzCase.invoke(service, args, run.target)
      : callMember(service, member, args);
  } catch (error) {
    return fuzzCase.sync === true ? { kind: 'rejected', error } : { kind: 'threw', error };
  }
  if (fuzzCase.sync === true) return { kind: 'resolved', value: returned };
  if (!(returned instanceof Promise))
    return { kind: 'threw', error: new Error(`returned ${show(returned)}, not a promise`) };
  return returned.then(
    (value: unknown): Outcome => ({ kind: 'resolved', value }),
    (error: unknown): Outcome => ({ kind: 'rejected', error }),
  );
}

/** One run: reset the keys, call, and check the property. Throws (fails the run) when it does not hold. */
async function checkOnce(run: FuzzRun, args: readonly unknown[]): Promise<void> {
  await resetFuzzKeys(run.service, run.keys);
  const outcome = await outcomeOf(run, args);
  // Deleted when found, so that the next member is not blamed for them.
  if ((await run.service.del([...coercedKeys])) > 0)
    throw new Error(`${run.member} wrote a key named after a coerced argument (${coercedKeys.join(', ')})`);
  if (outcome.kind === 'threw') throw new Error(`${run.member} threw synchronously: ${show(outcome.error)}`);
  if (outcome.kind === 'resolved') {
    if (run.fuzzCase.resolves?.(outcome.value) === false)
      throw new Error(`${run.member} resolved to ${show(outcome.value)}, not what it documents`);
    return;
  }
  const { error } = outcome;
  if (!RedisError.is(error) || !codes.has(error.code))
    throw new Error(`${run.member} rejected with an untyped error: ${show(error)}`);
  if (!refusedBeforeSending.has(error.code)) return;
  const after = await snapshotFuzzKeys(run.service, run.keys);
  if (!isDeepStrictEqual(after, run.initial))
    throw new Error(
      `${run.member} rejected with ${error.code} (${error.message}) but the keys changed: ${show(after)}, where they held ${show(run.initial)} after the reset`,
    );
}

/**
 * The fuzz property of one member: every call resolves as documented or rejects with a coded
 * `RedisError`; it never throws synchronously; a rejection decided before sending leaves the keys as
 * they were. Seeded and bounded by {@link FuzzSettings}.
 *
 * @param run - the member, its case, its keys and services.
 * @param settings - seed, runs and time budget.
 * @throws Error with the seed, the counterexample and the fast-check path when the property fails.
 */
export async function runFuzzCase(run: FuzzRun, settings: FuzzSettings): Promise<void> {
  const property = fc.asyncProperty(run.fuzzCase.args(run.keys), (args) => checkOnce(run, args));
  let result = await fc.check(property, {
    seed: settings.seed,
    numRuns: settings.numRuns,
    interruptAfterTimeLimit: settings.memberTimeMs,
    markInterruptAsFailure: false,
  });
  // A slow member (cluster SCAN on a loaded machine) may use the whole budget on its first runs:
  // it still gets a few, untimed, rather than none.
  if (result.interrupted && result.numRuns < minimumRuns)
    result = await fc.check(property, { seed: settings.seed, numRuns: minimumRuns });
  if (!result.failed) return;
  const reason =
    result.errorInstance instanceof Error ? result.errorInstance.message : show(result.errorInstance);
  const report = `fuzz ${run.member} failed: ${reason}\nreproduce with FUZZ_SEED=${settings.seed}\n${fc.defaultReportMessage(result)}`;
  console.error(report);
  throw new Error(report);
}
