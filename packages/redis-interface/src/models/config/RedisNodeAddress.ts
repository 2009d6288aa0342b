/**
 * The address of one Redis node.
 */
export interface RedisNodeAddress {
  /** Host name or IP address (IPv6 without brackets), without a port (`cache:7000` is rejected). */
  readonly host: string;
  /** TCP port, from 1 to 65535. */
  readonly port: number;
}
