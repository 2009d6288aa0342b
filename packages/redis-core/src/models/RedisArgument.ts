/** An argument as the engine sends it: text, bytes sent as they are, or a number. */
export type RedisArgument = string | Buffer | number;

/** A key as the engine sends it: text, or bytes sent as they are. */
export type RedisKey = string | Buffer;
