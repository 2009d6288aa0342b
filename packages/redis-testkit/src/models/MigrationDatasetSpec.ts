import type { RedisClusterTopology, RedisStandaloneTopology } from './RedisTopology.js';
import type { TestCredentials, TlsMaterial } from './RedisNodeInfo.js';

/** The collection types a big key is made of, one key each. */
export type BigKeyType = 'hash' | 'list' | 'set' | 'zset' | 'stream';

/** What {@link seedMigrationDataset} writes. Same spec and seed, same bytes. */
export interface MigrationDatasetSpec {
  /** How many ordinary keys to write (whole number >= 0). */
  readonly keys: number;
  /** Seed of the generator (default 1): changes every value, TTL and which keys are binary. */
  readonly seed?: number;
  /**
   * Payload per key in bytes (default 100): a string's value, or spread over the 4 elements of a
   * small collection (each element `ceil(valueBytes / 4)` bytes).
   */
  readonly valueBytes?: number;
  /** Fraction of keys, 0..1, that get a TTL of 1 to 24 hours (default 0.1). */
  readonly ttlFraction?: number;
  /**
   * `strings` (default): only strings. `all-types`: per 20 keys 10 strings, 3 hashes, 2 lists,
   * 2 sets, 2 sorted sets and 1 stream (4 entries, consumer group `g` with 2 entries pending for
   * consumer `c`, read without XACK).
   */
  readonly mix?: 'strings' | 'all-types';
  /** Fraction of keys, 0..1, whose name and values hold non-UTF-8 bytes (0xff 0xfe…); default 0. */
  readonly binaryFraction?: number;
  /** Add one big key of each {@link BigKeyType} with `elements` elements (5 keys more). */
  readonly bigKeys?: {
    /** Elements in each big key (fields, members or list items), written in chunks. */
    readonly elements: number;
  };
}

/** What {@link seedMigrationDataset} wrote. */
export interface SeedResult {
  /** Exact number of keys written (ordinary keys plus big keys). */
  readonly keys: number;
}

/** One server to write to, by address. */
export interface SeedServerAddress {
  /** The server's host. */
  readonly host: string;
  /** The server's client port (its TLS port with `tls`). */
  readonly port: number;
  /** Connect over TLS with this CA and client certificate; plain TCP when absent. */
  readonly tls?: TlsMaterial;
  /** The user and password to authenticate with; none when absent. */
  readonly credentials?: TestCredentials;
}

/** A cluster to write to, by some of its nodes. */
export interface SeedClusterAddress {
  /** Seed nodes; the rest of the cluster is discovered from them. */
  readonly startupNodes: readonly {
    /** The node's address (loopback for servers the testkit started). */
    readonly host: string;
    /** The node's client port. */
    readonly port: number;
  }[];
  /** Connect over TLS with this CA and client certificate; plain TCP when absent. */
  readonly tls?: TlsMaterial;
  /** The user and password to authenticate with; none when absent. */
  readonly credentials?: TestCredentials;
}

/** Where {@link seedMigrationDataset} writes: a testkit topology, a server or a cluster. */
export type SeedConnection =
  RedisStandaloneTopology | RedisClusterTopology | SeedServerAddress | SeedClusterAddress;
