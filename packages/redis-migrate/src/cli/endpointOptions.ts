import { Option, type Command } from 'commander';
import type { EndpointFlags } from '../models/EndpointFlags.js';

/** The flags every two-sided command takes, as commander parses them. */
export interface EndpointOptionValues {
  readonly source?: string;
  readonly sourceCluster?: string;
  readonly target?: string;
  readonly targetCluster?: string;
}

/** Add `--source`, `--source-cluster`, `--target`, `--target-cluster` to `command`. */
export function withEndpointOptions(command: Command, sides: readonly ('source' | 'target')[]): Command {
  for (const side of sides) {
    const variables = side === 'source' ? 'SOURCE_REDIS_*' : 'TARGET_REDIS_*';
    command.addOption(
      new Option(
        `--${side} <url>`,
        `the ${side} as a standalone URL (redis:// or rediss://); default: ${variables}`,
      ),
    );
    command.addOption(
      new Option(`--${side}-cluster <nodes>`, `the ${side} as a cluster: seed nodes host:port[,host:port…]`),
    );
  }
  return command;
}

/** The flags of one side. */
export function endpointFlags(values: EndpointOptionValues, side: 'source' | 'target'): EndpointFlags {
  return side === 'source'
    ? { url: values.source, cluster: values.sourceCluster }
    : { url: values.target, cluster: values.targetCluster };
}
