import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSectionBenchArgs, type SectionBenchArgs } from '../calculations/parseSectionBenchArgs.js';
import { replaceMarkedSection, type SectionMarkers } from '../migrate/calculations/replaceMarkedSection.js';
import type { BenchServers } from './servers.js';

const formatLoad = (load: readonly number[]): string => load.map((value) => value.toFixed(1)).join(' / ');

/**
 * What every bench that writes one section of docs/benchmarks.md (`bench:cache`, `bench:migrating`) does
 * around its measurements: its flags, its log lines, the refusal of servers it must not load, the machine
 * line, the time and CPU it took, and writing the section and the raw runs.
 */
export class SectionBench {
  public readonly args: SectionBenchArgs;
  /** How to run it again, as the section says. */
  public readonly command: string;
  private readonly startedAt = performance.now();
  private readonly cpuAtStart = process.cpuUsage();
  private readonly loadAtStart = os.loadavg();
  private readonly packageDir = join(import.meta.dirname, '../..');
  private readonly outFile: string;

  /**
   * @param name - `cache` for `bench:cache`.
   * @param argv - the process's arguments.
   * @throws Error for a bad flag, with the usage line.
   */
  public constructor(
    private readonly name: string,
    argv: readonly string[],
  ) {
    this.args = parseSectionBenchArgs(`bench:${name}`, argv);
    this.outFile =
      this.args.out !== undefined
        ? resolve(this.args.out)
        : this.args.mode === 'full'
          ? resolve(this.packageDir, '../../docs/benchmarks.md')
          : join(this.packageDir, '.results', `benchmarks-${name}.quick.md`);
    this.command = [
      `pnpm bench:${name}`,
      this.args.mode === 'quick' ? '--quick' : '',
      this.args.out ? `--out ${this.args.out}` : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  }

  /** A progress line on stderr, with the seconds since the start. */
  public log(line: string): void {
    process.stderr.write(
      `[bench:${this.name} ${((performance.now() - this.startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
    );
  }

  /** @throws Error when the servers are external or one is the machine's own 6379: a bench must not load them. */
  public refuseSharedServers(servers: BenchServers): void {
    const ports = [servers.standalone.port, ...servers.cluster.startupNodes.map((node) => node.port)];
    if (servers.standalone.backend === 'external' || ports.includes(6379))
      throw new Error(
        `refusing to run on ${servers.standalone.backend} servers (ports ${ports.join(', ')}): unset REDIS_TEST_URL / REDIS_TEST_CLUSTER_NODES`,
      );
  }

  /** CPUs, memory, OS, and the load average at the start and now. */
  public machine(): string {
    const cpus = os.cpus();
    return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()} ${os.arch()}, load average ${formatLoad(this.loadAtStart)} at the start and ${formatLoad(os.loadavg())} at the end (other processes share the machine)`;
  }

  /** The version `redis-server --version` reports. */
  public redisServerVersion(): string {
    return (
      execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? 'unknown'
    );
  }

  /** Wall and CPU seconds since the start. */
  public usage(): { readonly wallSeconds: number; readonly cpuSeconds: number } {
    const cpu = process.cpuUsage(this.cpuAtStart);
    return {
      wallSeconds: (performance.now() - this.startedAt) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  }

  /**
   * Writes the section between its markers (docs/benchmarks.md, or the quick/`--out` file) and the raw runs to
   * .results/`<name>-runs.<mode>.json`, prints the section, and logs where they went.
   */
  public async write(section: string, markers: SectionMarkers, runs: unknown): Promise<void> {
    await mkdir(dirname(this.outFile), { recursive: true });
    const existing = existsSync(this.outFile) ? await readFile(this.outFile, 'utf8') : '';
    await writeFile(this.outFile, replaceMarkedSection(existing, section, markers));
    const runsFile = join(this.packageDir, '.results', `${this.name}-runs.${this.args.mode}.json`);
    await mkdir(dirname(runsFile), { recursive: true });
    await writeFile(runsFile, `${JSON.stringify(runs, null, 2)}\n`);
    process.stdout.write(`${section}\n`);
    this.log(
      `wrote ${relative(process.cwd(), this.outFile) || this.outFile} and ${relative(process.cwd(), runsFile)}`,
    );
  }
}
