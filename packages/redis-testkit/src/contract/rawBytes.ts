/** Bytes that are not valid UTF-8: text decoding would turn them into U+FFFD, so only a Buffer read keeps them. */
export const rawBytes = Buffer.from([0xff, 0xfe, 0x00, 0x80]);

/** Another invalid UTF-8 sequence (a lead byte followed by a non-continuation byte). */
export const otherRawBytes = Buffer.from([0xc3, 0x28, 0xfe]);

/** Bytes with a NUL between two bytes UTF-8 never has: a value or key must come back exactly so. */
export const nulBytes = Buffer.from([0xff, 0x00, 0xfe]);
