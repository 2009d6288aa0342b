import type { Endpoint } from '../models/Endpoint.js';
import type { EndpointFlags } from '../models/EndpointFlags.js';
import { MigrateError } from '../models/MigrateError.js';
import { openEndpoint, type EndpointOverrides } from './openEndpoint.js';

/** Both sides of a migration, connected and known to be different servers. */
export interface Endpoints {
  /** The side keys are read from (`copy` never writes to it). */
  readonly source: Endpoint;
  /** The side written to. */
  readonly target: Endpoint;
  /** Close both. */
  close(): Promise<void>;
}

/** What to open: flags and overrides per side, and the environment both are read from. */
export interface EndpointsRequest {
  /** The source's flags (`--source`, `--source-cluster`…). */
  readonly source: EndpointFlags;
  /** The target's flags (`--target`, `--target-cluster`…). */
  readonly target: EndpointFlags;
  /** Where `SOURCE_REDIS_*` and `TARGET_REDIS_*` are read (a location flag wins over them). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Database or key prefix to use on the source instead of the configured ones. */
  readonly sourceOverrides?: EndpointOverrides;
  /** Database or key prefix to use on the target instead of the configured ones (`--target-prefix`). */
  readonly targetOverrides?: EndpointOverrides;
}

/**
 * Open source and target in parallel.
 * @throws MigrateError as `openEndpoint`, and `SAME_SERVER` when a master is on both sides.
 */
export async function openEndpoints(request: EndpointsRequest): Promise<Endpoints> {
  const [source, target] = await Promise.allSettled([
    openEndpoint('source', request.source, request.env, request.sourceOverrides),
    openEndpoint('target', request.target, request.env, request.targetOverrides),
  ]);
  if (source.status === 'rejected' || target.status === 'rejected') {
    const opened = [source, target].flatMap((side) => (side.status === 'fulfilled' ? [side.value] : []));
    await Promise.all(opened.map((endpoint) => endpoint.close()));
    throw source.status === 'rejected' ? source.reason : (target as PromiseRejectedResult).reason;
  }
  const endpoints = {
    source: source.value,
    target: target.value,
    close: async () => {
      await Promise.all([source.value.close(), target.value.close()]);
    },
  };
  const shared = [...source.value.runIds].filter((id) => target.value.runIds.has(id));
  if (shared.length > 0) {
    await endpoints.close();
    throw new MigrateError(
      'SAME_SERVER',
      `The source (${source.value.description}) and the target (${target.value.description}) are the same server (run_id ${shared[0]}): point --target at the new Redis`,
    );
  }
  return endpoints;
}
