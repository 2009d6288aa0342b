// host:port (one colon) or [IPv6]:port. An IPv6 address alone has two colons or more, so it never matches;
// text with a slash, an @ or a space is not a host at all and gets the "is not a host name" message instead.
const hostWithPortPattern = /^(?:([^:[\]/@\s]+)|\[([^\]/@\s]*)\]):([^:/@\s]*)$/;

/** A host written with its port, split: `127.0.0.1:6380` → `{ host: '127.0.0.1', port: '6380' }`. */
export interface HostWithPort {
  readonly host: string;
  readonly port: string;
}

/**
 * Whether a host setting carries a port (`127.0.0.1:6380`, `[::1]:6380`), which would only fail later, at
 * connect time, with a DNS error (`ENOTFOUND`).
 *
 * @returns the host and port parts, or undefined when the text is not host:port.
 */
export function hostWithPort(text: string): HostWithPort | undefined {
  const match = hostWithPortPattern.exec(text);
  if (match === null) return undefined;
  return { host: match[1] ?? match[2] ?? '', port: match[3] ?? '' };
}
