/** What replaces a secret argument or its text. */
export const redactedArgument = '***';

/** CONFIG SET parameters whose value is a secret. */
const SECRET_CONFIG = new Set(['requirepass', 'masterauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);
/** ACL SETUSER rules that carry a password (`>pw`, `<pw`) or its hash (`#hash`, `!hash`). */
const PASSWORD_RULE = /^[><#!]/;

/** A command's arguments with the secret ones masked, and the secret texts (to mask them in messages). */
export interface RedactedArgs {
  /** A new array: the arguments, secrets replaced by `***` (an ACL rule keeps its `>`/`#`). */
  readonly args: unknown[];
  /** The text of each masked argument. */
  readonly secrets: string[];
}

function textOf(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (Buffer.isBuffer(arg)) return arg.toString('utf8');
  return String(arg);
}

/** Index of the first argument at or after `from` equal to `token` (case-insensitive), or -1. */
function tokenAt(texts: readonly string[], token: string, from = 0): number {
  return texts.findIndex((text, index) => index >= from && text.toUpperCase() === token);
}

/** Positions of the secret arguments, each with the prefix kept in front of the mask. */
function secretPositions(name: string, texts: readonly string[]): Map<number, string> {
  const positions = new Map<number, string>();
  const sub = texts[0]?.toLowerCase();
  if (name === 'auth') {
    // AUTH password | AUTH username password
    texts.forEach((_, index) => {
      if (texts.length === 1 || index > 0) positions.set(index, '');
    });
  } else if (name === 'hello') {
    // HELLO protover AUTH username password [SETNAME name]
    const auth = tokenAt(texts, 'AUTH');
    if (auth !== -1) positions.set(auth + 2, '');
  } else if (name === 'acl' && sub === 'setuser') {
    texts.forEach((text, index) => {
      if (index >= 2 && PASSWORD_RULE.test(text)) positions.set(index, text.charAt(0));
    });
  } else if (name === 'config' && sub === 'set') {
    for (let index = 1; index + 1 < texts.length; index += 2)
      if (SECRET_CONFIG.has(texts[index]?.toLowerCase() ?? '')) positions.set(index + 1, '');
  } else if (name === 'sentinel' && sub === 'set') {
    for (let index = 2; index + 1 < texts.length; index += 2)
      if (texts[index]?.toLowerCase() === 'auth-pass') positions.set(index + 1, '');
  } else if (name === 'migrate') {
    // MIGRATE host port key db timeout [COPY] [REPLACE] [AUTH pw | AUTH2 user pw] [KEYS …]: options from 5.
    const auth = tokenAt(texts, 'AUTH', 5);
    if (auth !== -1) positions.set(auth + 1, '');
    const auth2 = tokenAt(texts, 'AUTH2', 5);
    if (auth2 !== -1) positions.set(auth2 + 2, '');
  }
  return positions;
}

/**
 * Mask the secrets among the arguments of one command, as ioredis records them on an error
 * (`command: { name, args }`): the password of AUTH and of HELLO … AUTH, the `>password` and
 * `#hash` rules of ACL SETUSER, CONFIG SET requirepass/masterauth values, SENTINEL SET auth-pass
 * and MIGRATE … AUTH/AUTH2. User names and every other argument are kept, for debugging.
 *
 * @param name - the command name (any case), without arguments.
 * @param args - its arguments (strings, Buffers, numbers); not modified.
 * @returns the masked copy and the texts that were masked.
 */
export function redactCommandArgs(name: string, args: readonly unknown[]): RedactedArgs {
  const texts = args.map(textOf);
  const positions = secretPositions(name.toLowerCase(), texts);
  if (positions.size === 0) return { args: [...args], secrets: [] };
  const secrets: string[] = [];
  const masked = args.map((arg, index) => {
    const prefix = positions.get(index);
    if (prefix === undefined) return arg;
    const secret = texts[index]?.slice(prefix.length) ?? '';
    if (secret !== '') secrets.push(secret);
    return `${prefix}${redactedArgument}`;
  });
  return { args: masked, secrets };
}
