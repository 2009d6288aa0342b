/**
 * One SCAN page of one node, from `scanPage` (text keys) or `bytes.scanPage` (`ScanPage<Buffer>`).
 *
 * @typeParam TKey - `string` (UTF-8 text) or `Buffer` (the key's exact bytes).
 */
export interface ScanPage<TKey = string> {
  /**
   * Where this node's walk goes on from: pass it to the next `scanPage` call on the same node. `'0'`
   * means the node is done. A decimal string (Redis cursors are unsigned 64-bit integers): store it as
   * it is, never as a JavaScript number.
   */
  readonly cursor: string;
  /** The keys of this page, without the `keyPrefix`; possibly none even when `cursor` is not `'0'`. */
  readonly keys: readonly TKey[];
}
