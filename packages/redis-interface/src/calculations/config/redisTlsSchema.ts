import { z } from 'zod';
import type { ConfigSource } from './ConfigSource.js';
import { booleanSchema } from './configFieldSchemas.js';
import { fieldError } from './describeValue.js';
import { whenValid } from './whenValid.js';

function isPem(value: unknown): value is string | Buffer {
  return (typeof value === 'string' || Buffer.isBuffer(value)) && value.length > 0;
}

/**
 * The `tls` option: `true` (system trust store), `false`, or an object. Parses to the object, or `null`
 * for no TLS. Certificate contents are never shown in messages.
 */
export function redisTlsSchema(source: ConfigSource) {
  const pemFix =
    source === 'env'
      ? 'point it to a non-empty PEM file'
      : 'give the PEM content (not a file path) as a string or Buffer';
  const pem = z.custom<string | Buffer>(isPem, { error: fieldError('PEM content', pemFix, true) });
  const settings = z
    .strictObject(
      {
        ca: pem.optional(),
        cert: pem.optional(),
        key: pem.optional(),
        servername: z
          .string({ error: fieldError('a server name', 'use the host name on the certificate') })
          .min(1)
          .optional(),
        rejectUnauthorized: booleanSchema(source).optional(),
      },
      {
        error:
          source === 'env'
            ? fieldError('a boolean', 'use true/false, 1/0 or yes/no')
            : fieldError(
                'a TLS setting',
                'use true, false or { ca, cert, key, servername, rejectUnauthorized }',
              ),
      },
    )
    .superRefine(
      (tls, context) => {
        if ((tls.cert === undefined) === (tls.key === undefined)) return;
        const missing = tls.cert === undefined ? 'cert' : 'key';
        context.addIssue({
          code: 'custom',
          path: [missing],
          message: `is required with a client ${missing === 'cert' ? 'key' : 'certificate'}: give both the certificate and its private key`,
        });
      },
      { when: whenValid(['cert', 'key']) },
    );
  return z.preprocess((value) => (value === true ? {} : value === false ? null : value), settings.nullable());
}
