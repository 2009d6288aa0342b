/** A bit: 0 or 1. */
export type Bit = 0 | 1;

/** A range of `bitcount`/`bitpos`: bytes by default, or bits (`unit: 'BIT'`, Redis 7+). */
export interface BitRange {
  /** The first byte (or bit); negative counts from the end. */
  readonly start: number;
  /** The last one, inclusive; negative counts from the end. Optional for `bitpos` only. */
  readonly end: number;
  /** BYTE (default) or BIT. */
  readonly unit?: 'BYTE' | 'BIT';
}

/** A range of `bitpos`, whose end may be left out (to the end of the value). */
export type BitPosRange = Omit<BitRange, 'end'> & { readonly end?: number };

/** BITOP's operation. NOT takes exactly one source key. */
export type BitOperation = 'AND' | 'OR' | 'XOR' | 'NOT';

/** A BITFIELD integer type: signed `i1`…`i64` or unsigned `u1`…`u63`. */
export type BitfieldEncoding = `i${number}` | `u${number}`;

/** A bit offset, or `#n`: the n-th field of the encoding's width. */
export type BitfieldOffset = number | `#${number}`;

/** BITFIELD GET: reads one field. */
export interface BitfieldGet {
  readonly kind: 'get';
  readonly encoding: BitfieldEncoding;
  readonly offset: BitfieldOffset;
}

/** One BITFIELD operation: each GET, SET and INCRBY gives one result; OVERFLOW gives none. */
export type BitfieldOperation =
  | BitfieldGet
  | {
      /** SET: writes the field, resolves its old value. */
      readonly kind: 'set';
      readonly encoding: BitfieldEncoding;
      readonly offset: BitfieldOffset;
      readonly value: number;
    }
  | {
      /** INCRBY: adds to the field, resolves its new value (`null` on overflow with FAIL). */
      readonly kind: 'incrby';
      readonly encoding: BitfieldEncoding;
      readonly offset: BitfieldOffset;
      readonly increment: number;
    }
  | {
      /** OVERFLOW: how the SET/INCRBY operations after it handle overflow (default WRAP). */
      readonly kind: 'overflow';
      readonly behavior: 'WRAP' | 'SAT' | 'FAIL';
    };
