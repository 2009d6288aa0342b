/**
 * Every ```ts block of docs/from-ioredis.md must compile against this package, so the migration guide
 * cannot drift from the interface: a renamed member, a changed option or a wrong result type in an example
 * fails this test, naming the block and the compiler's message. The ioredis side of the guide is in ```js
 * blocks, which are not checked (this package has no ioredis dependency, on purpose).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = dirname(import.meta.dirname);
const guidePath = join(packageDir, '..', '..', 'docs', 'from-ioredis.md');
const blockDir = join(packageDir, 'test', '__from-ioredis__');

/**
 * Declared for every block, so that examples need not build a service: `redis` is what the factory or
 * the container gives the application. A global in a file of its own, so that blocks may import the same
 * names themselves.
 */
const prelude = `import type { IRedisService } from '@org/redis-interface';
declare global {
  const redis: IRedisService;
}
export {};
`;

interface GuideBlock {
  /** The nearest heading above the block, to name it. */
  readonly heading: string;
  /** 1-based line of the block's first code line in the guide. */
  readonly line: number;
  readonly code: string;
  readonly fileName: string;
}

function extractTsBlocks(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  const lines = markdown.split('\n');
  let heading = '(top)';
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    if (/^#{1,6} /.test(text)) heading = text.replace(/^#+ /, '');
    const fence = /^(`{3,})(\S*)/.exec(text);
    if (fence === null) continue;
    const [, ticks = '```', language = ''] = fence;
    const start = index + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trimEnd() !== ticks) end += 1;
    if (language === 'ts' || language === 'typescript') {
      blocks.push({
        heading,
        line: start + 1,
        code: lines.slice(start, end).join('\n'),
        fileName: join(blockDir, `line-${start + 1}.ts`),
      });
    }
    index = end;
  }
  return blocks;
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(packageDir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error('tsconfig.json of @org/redis-interface could not be read');
  return { ...parsed.options, noEmit: true };
}

/** Compiles the blocks as modules next to this test, with the package's own tsconfig. */
function compileBlocks(blocks: readonly GuideBlock[]): ts.Program {
  const preludeName = join(blockDir, 'prelude.ts');
  // `export {}` keeps a block without imports a module, so top-level `await` and names stay local.
  const virtual = new Map<string, string>([
    [preludeName, prelude],
    ...blocks.map((block): [string, string] => [block.fileName, `${block.code}\nexport {};\n`]),
  ]);
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(name);
    if (text === undefined) return getSourceFile.call(host, name, languageVersion, onError, shouldCreate);
    return ts.createSourceFile(name, text, languageVersion, true);
  };
  return ts.createProgram([...virtual.keys()], options, host);
}

/** `heading (docs/from-ioredis.md:line): message`, with the line in the guide, not in the virtual file. */
function describeDiagnostic(block: GuideBlock, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  if (diagnostic.file.fileName !== block.fileName) {
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1}: ${message}`;
  }
  return `docs/from-ioredis.md:${block.line + line}:${character + 1} ("${block.heading}"): ${message}`;
}

const blocks = extractTsBlocks(readFileSync(guidePath, 'utf8'));
let program: ts.Program;

describe('docs/from-ioredis.md', () => {
  beforeAll(() => {
    program = compileBlocks(blocks);
  }, 60_000);

  it('should have TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(15);
  });

  it('should compile the shared prelude', () => {
    const preludeFile = program.getSourceFile(join(blockDir, 'prelude.ts'));
    expect(ts.getPreEmitDiagnostics(program, preludeFile).map((d) => d.messageText)).toEqual([]);
  });

  it.each(blocks.map((block) => [`${block.line} (${block.heading})`, block] as const))(
    'should type-check the example at line %s',
    (_name, block) => {
      const file = program.getSourceFile(block.fileName);
      const errors = ts.getPreEmitDiagnostics(program, file).map((d) => describeDiagnostic(block, d));
      expect(errors, `${block.code}\n`).toEqual([]);
    },
  );
});
