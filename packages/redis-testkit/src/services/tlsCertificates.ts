import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TlsMaterial } from '../models/RedisNodeInfo.js';
import { TestkitError } from '../models/TestkitError.js';

const run = promisify(execFile);

/** Files a TLS server needs, next to the client-side {@link TlsMaterial}. */
export interface TlsFiles {
  readonly material: TlsMaterial;
  readonly serverCertFile: string;
  readonly serverKeyFile: string;
}

async function openssl(dir: string, args: readonly string[]): Promise<void> {
  try {
    await run('openssl', [...args], { cwd: dir });
  } catch (error) {
    throw new TestkitError(
      'START_FAILED',
      'Generating TLS certificates with openssl failed: install openssl (apt-get install openssl).',
      { cause: error },
    );
  }
}

/**
 * Generate a throw-away CA, a server certificate for `localhost`/127.0.0.1/::1 and a client
 * certificate, all signed by that CA, into `dir`. EC P-256 keys keep it fast (~50 ms).
 */
export async function generateTlsFiles(dir: string): Promise<TlsFiles> {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await openssl(dir, [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=org-redis-testkit-ca',
  ]);
  await writeFile(join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n');
  for (const [name, subject] of [
    ['server', '/CN=localhost'],
    ['client', '/CN=org-redis-testkit-client'],
  ] as const) {
    await openssl(dir, ['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
    await openssl(dir, [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      ...(name === 'server' ? ['-extfile', 'server.ext'] : []),
    ]);
  }
  const files = { ca: join(dir, 'ca.crt'), cert: join(dir, 'client.crt'), key: join(dir, 'client.key') };
  const [ca, cert, key] = await Promise.all([
    readFile(files.ca, 'utf8'),
    readFile(files.cert, 'utf8'),
    readFile(files.key, 'utf8'),
  ]);
  return {
    material: { ca, cert, key, files, servername: 'localhost' },
    serverCertFile: join(dir, 'server.crt'),
    serverKeyFile: join(dir, 'server.key'),
  };
}
