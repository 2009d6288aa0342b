import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { redisTestServers } from '@org/redis-testkit';
import { describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

function runDemo(env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@org/source', 'src/main.ts'],
      {
        cwd: appRoot,
        env: { ...process.env, REDIS_URL: '', REDIS_CLUSTER_NODES: '', ...env },
        timeout: 30_000,
      },
      (error, stdout) => {
        if (error === null) resolve(stdout);
        else reject(new Error(`demo failed: ${error.message}`, { cause: error }));
      },
    );
  });
}

describe('demo (placeholder)', () => {
  describe('having REDIS_URL', () => {
    it('should print PING -> PONG from that server', async () => {
      expect(await runDemo({ REDIS_URL: redisTestServers().standalone.url })).toContain('PING -> PONG');
    });
  });

  describe('having REDIS_CLUSTER_NODES', () => {
    it('should print PING -> PONG from the cluster', async () => {
      const nodes = redisTestServers().cluster.startupNodes.map((node) => `${node.host}:${node.port}`);
      expect(await runDemo({ REDIS_CLUSTER_NODES: nodes.join(',') })).toContain('PING -> PONG');
    });
  });

  describe('having no REDIS_URL', () => {
    it('should start an embedded Redis and print PING -> PONG', async () => {
      expect(await runDemo({})).toMatch(
        /Started an embedded Redis at redis:\/\/127\.0\.0\.1:\d+[\s\S]*PING -> PONG/,
      );
    });
  });
});
