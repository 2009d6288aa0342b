import type { FastifyInstance } from 'fastify';
import { fromFastifyError } from '../calculations/fromFastifyError.js';
import { toErrorBody } from '../calculations/toErrorBody.js';
import { DemoError } from '../models/DemoError.js';

/**
 * Every HTTP error leaves in one shape, `{ error: { code, message } }`, with the status of its code;
 * `RATE_LIMITED` also sets `Retry-After`. Server-side failures are logged with their cause.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const { status, body } = toErrorBody(fromFastifyError(error) ?? error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (body.error.retryAfterMs !== undefined)
      void reply.header('retry-after', Math.ceil(body.error.retryAfterMs / 1000));
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const { status, body } = toErrorBody(
      new DemoError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`),
    );
    return reply.code(status).send(body);
  });
}
