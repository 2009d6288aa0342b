import { benchValue } from '../calculations/benchKeys.js';
import type { BenchCommand } from '../clients/BenchClient.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import { queueBenchCommands } from '../clients/queueBenchCommands.js';
import { perNodePipeline } from '../scenarios/perNodePipeline.js';

/**
 * Both cross-slot pipelines must run every command: no failed result, and every GET sees the
 * value its SET wrote earlier in the same pipeline.
 * @returns one line per pipeline that does not.
 */
export async function checkCrossSlotPipeline(
  cluster: ClusterClients,
  commands: BenchCommand[],
): Promise<string[]> {
  const problems: string[] = [];
  const gets = commands.flatMap((command, index) => (command[0] === 'get' ? [index] : []));
  try {
    const results = await queueBenchCommands(cluster.ours.pipeline(), commands).exec();
    if (
      results.some((result) => !result.ok) ||
      gets.some((index) => {
        const result = results[index];
        return result?.ok !== true || result.value !== benchValue;
      })
    )
      problems.push('cluster ours pipeline: a command failed or a GET missed its value');
  } catch (error) {
    problems.push(`cluster ours pipeline: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const replies = await perNodePipeline(cluster.ioredis)(commands);
    if (replies.some(([error]) => error !== null) || gets.some((index) => replies[index]?.[1] !== benchValue))
      problems.push('cluster ioredis per-node split: a command failed or a GET missed its value');
  } catch (error) {
    problems.push(
      `cluster ioredis per-node split: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return problems;
}
