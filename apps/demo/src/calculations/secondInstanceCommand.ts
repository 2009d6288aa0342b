import { addressVariables } from '../launcher/addressVariables.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The command that starts a second demo instance on the same Redis, on the next port: what the page shows,
 * so that a person can watch messages and presence cross instances. `undefined` when the Redis needs
 * credentials (a password or a user in the variables or in the URL: they are never shown) or is a live move
 * (`REDIS_MODE=migrating`, whose sides take a dozen variables): the page then says to start the demo again
 * with the same variables and another `PORT`.
 *
 * @param env - the environment the demo's factory was built from (the embedded Redis's variables included).
 * @param port - the port this instance listens on.
 */
export function secondInstanceCommand(env: Env, port: number): string | undefined {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  if (value('REDIS_MODE') === 'migrating') return undefined;
  if (value('REDIS_PASSWORD') !== undefined || value('REDIS_USERNAME') !== undefined) return undefined;
  const url = value('REDIS_URL');
  if (url !== undefined && /^[a-z]+:\/\/[^/]*@/i.test(url)) return undefined;
  const assignments = ['REDIS_MODE', ...addressVariables('REDIS_')].flatMap((name) => {
    const set = value(name);
    return set === undefined ? [] : [`${name}=${set}`];
  });
  return [`PORT=${port + 1}`, ...assignments, 'pnpm demo'].join(' ');
}
