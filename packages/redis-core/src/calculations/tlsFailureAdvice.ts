const untrusted =
  "the server's certificate does not verify against the trusted CAs: give the CA that signed it (REDIS_TLS_CA_FILE or tls.ca); rejectUnauthorized=false only for tests";
const wrongName =
  'the certificate does not name the host connected to: set REDIS_TLS_SERVERNAME (tls.servername) to a name in the certificate, or connect by that name';
const notTls =
  'the server did not answer in TLS: it probably does not have TLS enabled on this port; connect without TLS (REDIS_TLS=false, redis://) or use its TLS port';
const clientCertificate =
  'the server refused the client certificate: give a certificate and key it trusts (REDIS_TLS_CERT_FILE, REDIS_TLS_KEY_FILE)';

/** Node's TLS error codes (`err.code`), and what to check for each. */
const ADVICE_BY_CODE: Readonly<Record<string, string>> = {
  SELF_SIGNED_CERT_IN_CHAIN: untrusted,
  DEPTH_ZERO_SELF_SIGNED_CERT: untrusted,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: untrusted,
  UNABLE_TO_GET_ISSUER_CERT: untrusted,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: untrusted,
  CERT_UNTRUSTED: untrusted,
  CERT_SIGNATURE_FAILURE: untrusted,
  ERR_TLS_CERT_ALTNAME_INVALID: wrongName,
  HOSTNAME_MISMATCH: wrongName,
  CERT_HAS_EXPIRED: "the server's certificate has expired: renew it (or check this host's clock)",
  CERT_NOT_YET_VALID: "the server's certificate is not valid yet: check this host's clock",
  ERR_SSL_WRONG_VERSION_NUMBER: notTls,
  ERR_SSL_PACKET_LENGTH_TOO_LONG: notTls,
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: clientCertificate,
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: clientCertificate,
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: clientCertificate,
};

/**
 * What to check when `error` is a failed TLS handshake, by Node's `err.code` (messages differ
 * between OpenSSL versions; codes do not), or `undefined` when it is not one. Codes not listed
 * that name the TLS layer (`ERR_SSL_*`, `ERR_TLS_*`, or `EPROTO` from older Node) get a general
 * hint.
 */
export function tlsFailureAdvice(error: unknown): string | undefined {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code === undefined) return undefined;
  const advice = ADVICE_BY_CODE[code];
  if (advice !== undefined) return advice;
  if (code === 'EPROTO' && error instanceof Error && /wrong version number/i.test(error.message))
    return notTls;
  if (/^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code))
    return 'check the TLS settings: the CA (tls.ca), the server name (tls.servername), the client certificate, and that the server speaks TLS on this port';
  return undefined;
}
