import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { secondInstanceCommand } from '../calculations/secondInstanceCommand.js';

// Read once at start-up: three small files do not need a static-file plugin.
const page = readFileSync(new URL('../public/index.html', import.meta.url), 'utf8');
const script = readFileSync(new URL('../public/app.js', import.meta.url), 'utf8');
const icon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');

/** What the page says about the instance it was served by. */
export interface PageInstanceInfo {
  readonly instanceId: string;
  readonly mode: string;
  /** The environment the factory was built from: `GET /instance` derives the second-instance command. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * `GET /` (the page), `GET /app.js` (its script), `GET /instance` (this instance's id and mode, and the
 * command that starts a second one on the same Redis, or `null`: see {@link secondInstanceCommand}), and the icon, at `/favicon.svg` (the page's link) and at
 * `/favicon.ico` (where a browser looks without one; every current browser takes the SVG there too), so a
 * browser's icon request is no 404 in the logs. The Socket.IO client is served by Socket.IO.
 */
export function registerPageRoutes(app: FastifyInstance, info: PageInstanceInfo): void {
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get('/app.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(script));
  app.get('/instance', async (_request, reply) => {
    const { port } = app.server.address() as AddressInfo;
    return reply.send({
      instance: info.instanceId,
      mode: info.mode,
      secondInstance: secondInstanceCommand(info.env, port) ?? null,
    });
  });
  for (const path of ['/favicon.svg', '/favicon.ico'])
    app.get(path, async (_request, reply) => reply.type('image/svg+xml').send(icon));
}
