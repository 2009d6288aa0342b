import { createRequire, register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The resolve hook, as source (registered from a `data:` URL: a hook module runs on the loader
 * thread, outside this file's build). It sends every `import … from 'ioredis'` made by a file under
 * `data.under` to `data.target`; everything else resolves as usual.
 */
const hookSource = `
export async function resolve(specifier, context, next) {
  if (specifier === 'ioredis' && context.parentURL?.startsWith(hookData.under))
    return { url: hookData.target, format: 'commonjs', shortCircuit: true };
  return next(specifier, context);
}
let hookData;
export function initialize(data) { hookData = data; }
`;

/** The file `import 'ioredis'` resolves to from our engine package: the ioredis every "ours" contender runs. */
export function oursIoredisUrl(): string {
  const engine = fileURLToPath(import.meta.resolve('@org/redis-engine-ioredis'));
  return pathToFileURL(createRequire(engine).resolve('ioredis')).href;
}

/**
 * Make the baseline checkout `dir` (absolute) import our ioredis, not its own copy: one ioredis
 * module instance for ours, the baseline and raw ioredis. Without it the baseline runs a second
 * ioredis whose optimised code sees only its own calls, while ours shares its ioredis with the
 * raw-ioredis contenders: an A/A run (the baseline a copy of the same commit) then showed the copy
 * ahead by up to 11 % and up to 40 % in quick runs. Call before {@link loadBaseline} imports it.
 * @returns the URL the baseline's `ioredis` imports now resolve to.
 */
export function shareIoredis(dir: string): string {
  const target = oursIoredisUrl();
  const under = pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`).href;
  register(`data:text/javascript,${encodeURIComponent(hookSource)}`, { data: { under, target } });
  return target;
}
