import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

// Read once at start-up: two small files do not need a static-file plugin.
const page = readFileSync(new URL('../public/index.html', import.meta.url), 'utf8');
const script = readFileSync(new URL('../public/app.js', import.meta.url), 'utf8');

/** `GET /` (the page) and `GET /app.js` (its script). The Socket.IO client is served by Socket.IO. */
export function registerPageRoutes(app: FastifyInstance): void {
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get('/app.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(script));
}
