/**
 * Options of `scriptFlush`.
 */
export interface ScriptFlushOptions {
  /** Free the scripts' memory in the background (SCRIPT FLUSH ASYNC). Default `false` (SYNC). */
  readonly async?: boolean;
}

/**
 * Options of `functionLoad`.
 */
export interface FunctionLoadOptions {
  /** Replace a library of the same name (FUNCTION LOAD REPLACE). Default `false`: a taken name is an error. */
  readonly replace?: boolean;
}

/**
 * Options of `functionFlush`.
 */
export interface FunctionFlushOptions {
  /** Free the libraries' memory in the background (FUNCTION FLUSH ASYNC). Default `false` (SYNC). */
  readonly async?: boolean;
}

/**
 * Options of `functionList`.
 */
export interface FunctionListOptions {
  /** Only libraries whose name matches this glob-style pattern (LIBRARYNAME). */
  readonly libraryName?: string;
  /** Include each library's source code (WITHCODE). Default `false`. */
  readonly withCode?: boolean;
}

/** How `functionRestore` treats the libraries already loaded. */
export type FunctionRestorePolicy = 'APPEND' | 'REPLACE' | 'FLUSH';

/**
 * Options of `functionRestore`.
 */
export interface FunctionRestoreOptions {
  /**
   * `APPEND` (default): add the dumped libraries, failing on a name already loaded; `REPLACE`: replace
   * libraries of the same name; `FLUSH`: delete every library first.
   */
  readonly policy?: FunctionRestorePolicy;
}

/** One function of a library, as FUNCTION LIST describes it. */
export interface RedisFunctionInfo {
  /** The name `fcall` takes. */
  readonly name: string;
  /** The description the library registered, or `null`. */
  readonly description: string | null;
  /** Its flags (`no-writes`, `allow-oom`…). */
  readonly flags: readonly string[];
}

/** One library, as FUNCTION LIST describes it. */
export interface RedisFunctionLibrary {
  /** The name in the library's `#!lua name=…` line. */
  readonly libraryName: string;
  /** The engine (`LUA`). */
  readonly engine: string;
  /** Its functions. */
  readonly functions: readonly RedisFunctionInfo[];
  /** Its source, with `withCode: true` only. */
  readonly libraryCode?: string;
}

/** The function a node is running now, in `functionStats`. */
export interface RedisRunningFunction {
  /** The function's name. */
  readonly name: string;
  /** The FCALL command and its arguments, as the server reports them. */
  readonly command: readonly string[];
  /** How long it has run, in milliseconds. */
  readonly durationMs: number;
}

/** FUNCTION STATS of one node. */
export interface RedisFunctionStats {
  /** The function running now (a long one is what `FUNCTION KILL` stops), or `null`. */
  readonly runningScript: RedisRunningFunction | null;
  /** Per engine (`LUA`): how many libraries and functions are loaded. */
  readonly engines: Readonly<Record<string, RedisFunctionEngineStats>>;
}

/** What one engine of a node has loaded, in `functionStats`. */
export interface RedisFunctionEngineStats {
  /** How many libraries. */
  readonly librariesCount: number;
  /** How many functions, over all its libraries. */
  readonly functionsCount: number;
}
