import { DemoError } from '../models/DemoError.js';

/**
 * Fastify's own request errors (body parsing, content type, size), in the demo's vocabulary.
 * @param error - an error Fastify handed to the error handler.
 * @returns the matching DemoError, or `undefined` when the error is not one of Fastify's 4xx errors.
 */
export function fromFastifyError(error: unknown): DemoError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DemoError(
        'INVALID_JSON',
        'The body is not valid JSON: send an object such as {"user":"ada","text":"hi"}.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DemoError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the body as JSON, with Content-Type: application/json.',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DemoError('PAYLOAD_TOO_LARGE', 'The body is too large.');
    default:
      if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500)
        return new DemoError('INVALID_PAYLOAD', 'The request could not be read: check its body and headers.');
      return undefined;
  }
}
