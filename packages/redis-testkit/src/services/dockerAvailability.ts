import { request } from 'node:http';

/** Whether a Docker engine answers, and if not, why (one line for the test output). */
export interface DockerAvailability {
  /** The engine answered `GET /_ping` with HTTP 200 within the timeout. */
  readonly available: boolean;
  /** What was tried and what came back (`no Docker engine answered at /var/run/docker.sock (…)`). */
  readonly reason: string;
}

function endpoint(dockerHost: string | undefined): { socketPath: string } | { host: string; port: number } {
  if (dockerHost === undefined || dockerHost === '') return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375) };
}

/**
 * Ask the Docker engine for `GET /_ping` (where `DOCKER_HOST` points, else the default socket).
 * Cheap and quick (1 s budget), so that no test pays for loading testcontainers to learn
 * that there is no engine.
 */
export async function detectDocker(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 1_000,
): Promise<DockerAvailability> {
  const target = endpoint(env['DOCKER_HOST']);
  const where = 'socketPath' in target ? target.socketPath : `${target.host}:${target.port}`;
  return new Promise((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(
        res.statusCode === 200
          ? { available: true, reason: `Docker engine answered at ${where}` }
          : { available: false, reason: `Docker engine at ${where} answered HTTP ${res.statusCode ?? '?'}` },
      );
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => {
      resolve({ available: false, reason: `no Docker engine answered at ${where} (${error.message})` });
    });
    req.end();
  });
}
