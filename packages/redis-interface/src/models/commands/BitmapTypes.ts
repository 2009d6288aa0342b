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
export type BitPosRange = Omit<BitRange, 'end'> & {
  /** The last byte (or bit), inclusive; negative counts from the end. Default: the end of the value. */
  readonly end?: number;
};

/** BITOP's operation. NOT takes exactly one source key. */
export type BitOperation = 'AND' | 'OR' | 'XOR' | 'NOT';

/** A BITFIELD integer type: signed `i1`…`i64` or unsigned `u1`…`u63`. */
export type BitfieldEncoding = `i${number}` | `u${number}`;

/** A bit offset, or `#n`: the n-th field of the encoding's width. */
export type BitfieldOffset = number | `#${number}`;

/** BITFIELD GET: reads one field. */
export interface BitfieldGet {
  /** GET: reads the field, resolves its value. The only kind `bitfieldRo` accepts. */
  readonly kind: 'get';
  /** The field's integer type (`u8`, `i16`…). */
  readonly encoding: BitfieldEncoding;
  /** Where the field starts: a bit offset >= 0, or `#n` for the n-th field of this width. */
  readonly offset: BitfieldOffset;
}

/** One BITFIELD operation: each GET, SET and INCRBY gives one result; OVERFLOW gives none. */
export type BitfieldOperation =
  | BitfieldGet
  | {
      /** SET: writes the field, resolves its old value. */
      readonly kind: 'set';
      /** The field's integer type (`u8`, `i16`…). */
      readonly encoding: BitfieldEncoding;
      /** Where the field starts: a bit offset >= 0, or `#n` for the n-th field of this width. */
      readonly offset: BitfieldOffset;
      /** The value written: a safe integer, stored under the current OVERFLOW behaviour. */
      readonly value: number;
    }
  | {
      /** INCRBY: adds to the field, resolves its new value (`null` on overflow with FAIL). */
      readonly kind: 'incrby';
      /** The field's integer type (`u8`, `i16`…). */
      readonly encoding: BitfieldEncoding;
      /** Where the field starts: a bit offset >= 0, or `#n` for the n-th field of this width. */
      readonly offset: BitfieldOffset;
      /** The amount added: a safe integer, negative to decrement. */
      readonly increment: number;
    }
  | {
      /** OVERFLOW: how the SET/INCRBY operations after it handle overflow (default WRAP). */
      readonly kind: 'overflow';
      /** WRAP: wrap around; SAT: clamp to the type's minimum or maximum; FAIL: skip it, resolve `null`. */
      readonly behavior: 'WRAP' | 'SAT' | 'FAIL';
    };
