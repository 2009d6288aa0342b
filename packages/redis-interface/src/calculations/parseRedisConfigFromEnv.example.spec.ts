import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redisEnvVariableNames } from './config/redisEnvVariables.js';
import { parseRedisConfigFromEnv } from './parseRedisConfigFromEnv.js';

type Mode = 'standalone' | 'cluster';

interface ExampleLine {
  readonly name: string;
  readonly value: string;
  /** The mode of the section the line is in, or undefined for the sections every mode reads. */
  readonly mode: Mode | undefined;
}

const exampleText = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');

// Each commented `# REDIS_X=value` line, with the mode of its `# --- Standalone mode ---` or
// `# --- Cluster mode ---` section.
function exampleLines(text: string): ExampleLine[] {
  const lines: ExampleLine[] = [];
  let mode: Mode | undefined;
  for (const line of text.split('\n')) {
    const section = /^# --- (.+?) -+$/.exec(line)?.[1];
    if (section !== undefined) {
      mode =
        section === 'Standalone mode' ? 'standalone' : section === 'Cluster mode' ? 'cluster' : undefined;
      continue;
    }
    const variable = /^# (REDIS_[A-Z0-9_]+)=(.*)$/.exec(line);
    if (variable?.[1] !== undefined) lines.push({ name: variable[1], value: variable[2] ?? '', mode });
  }
  return lines;
}

const lines = exampleLines(exampleText);

// What a user gets by uncommenting every line of the common sections and of their mode's section (the
// other mode's variables are rejected, as the example says). Cluster mode has a required variable without
// default, REDIS_CLUSTER_NODES: both sides of the comparison set it (and REDIS_MODE) to the same value.
function uncommented(mode: Mode, required: Record<string, string>): Record<string, string> {
  const env = Object.fromEntries(
    lines
      .filter((line) => line.mode === undefined || line.mode === mode)
      .map((line) => [line.name, line.value]),
  );
  return { ...env, ...required };
}

describe('.env.example', () => {
  it('should show every variable the parser reads', () => {
    expect(lines.map((line) => line.name).sort()).toStrictEqual(
      Object.values(redisEnvVariableNames('REDIS_')).sort(),
    );
  });

  describe.each<[Mode, Record<string, string>]>([
    ['standalone', {}],
    ['cluster', { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: '10.0.0.1:7000' }],
  ])('having every line of %s mode uncommented', (mode, required) => {
    it('should parse to the defaults', () => {
      expect(parseRedisConfigFromEnv(uncommented(mode, required))).toStrictEqual(
        parseRedisConfigFromEnv(required),
      );
    });
  });
});
