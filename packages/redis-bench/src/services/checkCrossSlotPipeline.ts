import { benchValue } from '../calculations/benchKeys.js';
import type { BaselineClients, BaselineService } from '../clients/BaselineClients.js';
import type { BenchCommand } from '../clients/BenchClient.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import { queueBenchCommands } from '../clients/queueBenchCommands.js';
import { perNodePipeline } from '../scenarios/perNodePipeline.js';

/** Whether our (or a baseline build's) pipeline ran every command and each GET saw its value. */
async function checkOursPipeline(
  name: string,
  service: BaselineService,
  commands: BenchCommand[],
  gets: readonly number[],
): Promise<string[]> {
  try {
    const results = await queueBenchCommands(service.pipeline(), commands).exec();
    const missed = gets.some((index) => {
      const result = results[index];
      return result?.ok !== true || result.value !== benchValue;
    });
    return results.some((result) => !result.ok) || missed
      ? [`${name}: a command failed or a GET missed its value`]
      : [];
  } catch (error) {
    return [`${name}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/**
 * Every cross-slot pipeline (ours, the baseline build's when there is one, raw ioredis split by
 * hand) must run every command: no failed result, and every GET sees the value its SET wrote
 * earlier in the same pipeline.
 * @returns one line per pipeline that does not.
 */
export async function checkCrossSlotPipeline(
  cluster: ClusterClients,
  commands: BenchCommand[],
  baseline?: BaselineClients,
): Promise<string[]> {
  const gets = commands.flatMap((command, index) => (command[0] === 'get' ? [index] : []));
  const problems = await checkOursPipeline('cluster ours pipeline', cluster.ours, commands, gets);
  if (baseline !== undefined)
    problems.push(
      ...(await checkOursPipeline(`cluster ${baseline.label} pipeline`, baseline.cluster, commands, gets)),
    );
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
