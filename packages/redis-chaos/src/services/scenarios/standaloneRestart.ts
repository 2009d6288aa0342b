import { setTimeout as sleep } from 'node:timers/promises';
import { startStandalone } from '@org/redis-testkit';
import type { StandaloneScenario } from '../../models/ChaosScenario.js';

/**
 * SIGKILL a standalone server, keep it down, start it again on the same port and directory. The
 * server fsyncs its AOF on every write (`appendfsync always`), so an acknowledged write survives
 * the crash: any loss would be the layer's.
 */
export const standaloneRestart: StandaloneScenario = {
  name: 'standalone-restart',
  title: 'SIGKILL a standalone server (AOF, appendfsync always), keep it down, restart it on the same port.',
  mode: 'standalone',
  durable: false,
  start: () => startStandalone({ extraArgs: ['--appendonly', 'yes', '--appendfsync', 'always'] }),
  async fault(server, settings, mark) {
    const [node] = server.nodes;
    if (node === undefined) throw new Error('the standalone topology has no node');
    await server.killNode(node.id);
    mark('server killed');
    await sleep(settings.downMs);
    await server.restartNode(node.id);
    mark('server answers again');
  },
};
