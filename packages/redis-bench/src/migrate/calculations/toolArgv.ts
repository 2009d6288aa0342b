import type { MigrateTool } from '../models/MigrateRun.js';

/** Addresses and paths a tool's command line is made of. */
export interface ToolEndpoints {
  /** The built redis-migrate CLI (`…/dist/bin/redis-migrate.js`). */
  readonly migrateCli: string;
  /** The standalone source. */
  readonly source: { readonly host: string; readonly port: number };
  /** The target cluster's masters. */
  readonly targets: readonly { readonly host: string; readonly port: number }[];
  /** Where our copy keeps its checkpoint (a fresh temp dir per run). */
  readonly checkpoint: string;
}

const address = ({ host, port }: { readonly host: string; readonly port: number }): string =>
  `${host}:${port}`;

/**
 * The command line of one tool. Both replace what exists on the target and leave the source as is:
 * ours `copy --on-existing replace`, redis-cli `--cluster import --cluster-copy --cluster-replace`
 * (which walks the source with SCAN and MIGRATEs one key at a time).
 */
export function toolArgv(tool: MigrateTool | 'verify', endpoints: ToolEndpoints): [string, ...string[]] {
  const targets = endpoints.targets.map(address).join(',');
  const first = endpoints.targets[0];
  if (first === undefined) throw new Error('no target node');
  if (tool === 'redis-cli') {
    return [
      'redis-cli',
      '--cluster',
      'import',
      address(first),
      '--cluster-from',
      address(endpoints.source),
      '--cluster-copy',
      '--cluster-replace',
    ];
  }
  const common = ['--source', `redis://${address(endpoints.source)}`, '--target-cluster', targets, '--json'];
  if (tool === 'verify') return [process.execPath, endpoints.migrateCli, 'verify', ...common];
  return [
    process.execPath,
    endpoints.migrateCli,
    'copy',
    ...common,
    '--on-existing',
    'replace',
    '--checkpoint',
    endpoints.checkpoint,
  ];
}
