import { RedisServiceBase, serviceDefinitions } from '@org/redis-core';
import { Redis } from 'ioredis';
import { startStandalone } from '../src/index.js';
import { coverage, parseCommandDocs } from './commandCoverage.js';
import { alsoInScope, groupsInScope } from './commandScope.js';
import { renderCommandsDoc } from './renderCommandsDoc.js';

/** Where the generated file lives. */
export const commandsDocPath = new URL('../../../docs/commands.md', import.meta.url);

/**
 * The text of docs/commands.md, from `COMMAND DOCS` of a redis-server the testkit starts and stops
 * (never a server already running).
 */
export async function buildCommandsDoc(): Promise<string> {
  const server = await startStandalone();
  const client = new Redis({ host: server.host, port: server.port, lazyConnect: true });
  try {
    await client.connect();
    const docs = parseCommandDocs(await client.call('command', 'docs'));
    const version = /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown';
    const scope = new Set<string>(groupsInScope);
    const outOfScope = new Map<string, number>();
    for (const doc of docs)
      if (!scope.has(doc.group) && !alsoInScope.includes(doc.name))
        outOfScope.set(doc.group, (outOfScope.get(doc.group) ?? 0) + 1);
    const hasMember = (member: string): boolean => member in RedisServiceBase.prototype;
    return renderCommandsDoc(coverage(docs, serviceDefinitions, hasMember), version, outOfScope);
  } finally {
    client.disconnect();
    await server.stop();
  }
}
