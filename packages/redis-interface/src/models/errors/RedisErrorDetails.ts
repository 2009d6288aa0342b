import type { RedisMode } from '../RedisMode.js';
import type { AofAcknowledgement } from '../pipeline/DurableWriteTypes.js';
import type { PipelineResult } from '../pipeline/PipelineResult.js';
import type { RedisConfigIssue } from './RedisConfigIssue.js';
import type { RedisErrorCode } from './redisErrorCodes.js';
import type { RedisKeySlot } from './RedisKeySlot.js';
import type { RedisRefusalDetails } from './RedisRefusalDetails.js';
import type { RedisSplitFailure } from './RedisSplitFailure.js';

/**
 * The machine-readable details some error codes carry, by code.
 */
export interface RedisErrorDetailsByCode {
  /** Details of `INVALID_CONFIG`. */
  readonly INVALID_CONFIG: {
    /** Every problem found, in the order of the variables (or as found in an options object). */
    readonly issues: readonly RedisConfigIssue[];
  };
  /** Details of `CROSS_SLOT`. */
  readonly CROSS_SLOT: {
    /** The rejected command, e.g. `RENAME` or `transaction`. */
    readonly command: string;
    /** Each key of the command and its slot. */
    readonly keys: readonly RedisKeySlot[];
  };
  /** Details of `TRANSACTION_ABORTED`. */
  readonly TRANSACTION_ABORTED: {
    /** How many times the transaction function ran. */
    readonly attempts: number;
    /** The watched keys, without the `keyPrefix` (a Buffer key as its UTF-8 text). */
    readonly keys: readonly string[];
  };
  /** Details of `NOT_DURABLE`. */
  readonly NOT_DURABLE: {
    /** How many replicas were asked to acknowledge the writes. */
    readonly requested: number;
    /** How many did within the timeout (the WAIT reply). */
    readonly acknowledged: number;
    /** The EXEC results: the writes were applied on the master. */
    readonly results: readonly PipelineResult[];
    /** The WAITAOF counts, when `aof` was asked for. */
    readonly aof?: AofAcknowledgement;
  };
  /** Details of `UNSUPPORTED_BY_SERVER`. */
  readonly UNSUPPORTED_BY_SERVER: {
    /** What was asked for, e.g. `WAITAOF`. */
    readonly command: string;
    /** What the server lacks, e.g. `Redis 7.2 or later`. */
    readonly requirement: string;
    /** What the server has, e.g. `Redis 7.0.15`. */
    readonly found: string;
  };
  /** Details of `COMMAND_TIMEOUT`. */
  readonly COMMAND_TIMEOUT: {
    /** The command that got no reply, e.g. `GET`. */
    readonly command: string;
    /** The timeout it exceeded, in milliseconds. */
    readonly timeoutMs: number;
    /** Which groups of a split multi-key command got no reply (cluster). */
    readonly split?: RedisSplitFailure;
  };
  /** Details of `CONNECTION_FAILED`, when it comes from a split multi-key command. */
  readonly CONNECTION_FAILED: {
    /** Which groups of the split command could not reach their node. */
    readonly split?: RedisSplitFailure;
  };
  /** Details of `CLUSTER_DOWN`: `retryable` when it comes from a server reply, `split` from a split command. */
  readonly CLUSTER_DOWN: {
    /** `true`: the server refused without running the command (see {@link RedisRefusalDetails}). */
    readonly retryable?: boolean;
    /** The server's reply or ioredis' message, when it comes from one. */
    readonly reply?: string;
    /** Which groups of the split command found their slots unserved. */
    readonly split?: RedisSplitFailure;
  };
  /** Details of `NODE_UNKNOWN`. */
  readonly NODE_UNKNOWN: {
    /** The `host:port` that was asked for. */
    readonly node: string;
    /** The nodes a walk visits now (what `scanNodes()` returns). */
    readonly nodes: readonly string[];
  };
  /** Details of `READ_ONLY`. */
  readonly READ_ONLY: RedisRefusalDetails;
  /** Details of `LOADING`. */
  readonly LOADING: RedisRefusalDetails;
  /** Details of `BUSY_SCRIPT`. */
  readonly BUSY_SCRIPT: RedisRefusalDetails;
  /** Details of `TRY_AGAIN`. */
  readonly TRY_AGAIN: RedisRefusalDetails;
  /** Details of `MASTER_DOWN`. */
  readonly MASTER_DOWN: RedisRefusalDetails;
  /** Details of `OUT_OF_MEMORY`. */
  readonly OUT_OF_MEMORY: RedisRefusalDetails;
  /** Details of `NO_SCRIPT`. */
  readonly NO_SCRIPT: RedisRefusalDetails;
  /** Details of `GROUP_EXISTS`. */
  readonly GROUP_EXISTS: RedisRefusalDetails;
  /** Details of `MODE_MISMATCH`. */
  readonly MODE_MISMATCH: {
    /** The mode in the configuration. */
    readonly configured: RedisMode;
    /** The mode the server reported. */
    readonly server: RedisMode;
  };
}

/**
 * The details type of an error code: the shape from {@link RedisErrorDetailsByCode} where there is one,
 * otherwise a free-form record.
 *
 * @typeParam C - the error code.
 */
export type RedisErrorDetails<C extends RedisErrorCode = RedisErrorCode> =
  C extends keyof RedisErrorDetailsByCode ? RedisErrorDetailsByCode[C] : Readonly<Record<string, unknown>>;
