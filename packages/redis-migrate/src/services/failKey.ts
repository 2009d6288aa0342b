import { displayKey } from '../calculations/displayKey.js';
import type { CopyContext } from '../models/CopyContext.js';

/** Record `key` as failed with the layer's error `code` and `message`. */
export function failKey(context: CopyContext, key: Buffer, code: string, message: string): void {
  context.recordFailure({ key: displayKey(key), code, message });
}
