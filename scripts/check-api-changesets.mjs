#!/usr/bin/env node
// The public API is tracked: every public package's API report (packages/<name>/api/<name>.api.md, written by
// API Extractor from the emitted declarations) is committed, and `pnpm api:check` fails when the declarations no
// longer match it. This script adds the other half: a report that changed since the package's last release must
// come with a pending changeset for that package, and a report that lost or changed a line of its API (not only
// gained some) needs a `major` one, because removing or changing an export breaks someone's code.
//
// "Since the last release" is since the last commit that changed the package's `version` in package.json
// (what `changeset version` does); a package never released counts from the commit that added its report.
// Exit code 1, with one line per problem, when a changeset is missing or too small; else 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const rank = { patch: 1, minor: 2, major: 3 };

/** The pending bump per package name, the largest over .changeset/*.md. */
function pendingBumps() {
  const bumps = new Map();
  const folder = join(root, '.changeset');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
    for (const line of front.split('\n')) {
      const entry = /^\s*['"]?([^'":]+)['"]?\s*:\s*(patch|minor|major)\s*$/.exec(line);
      if (entry === null) continue;
      const [, name, bump] = entry;
      if ((rank[bump] ?? 0) > (rank[bumps.get(name) ?? "none"] ?? 0)) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** The commit the package's report is compared with (see the header). */
function baseCommit(dir, report) {
  // The newest commit whose diff of package.json both removes and adds a "version" line with another value.
  const log = git('log', '--format=commit %H', '--unified=0', '-G', '"version":', '--', join(dir, 'package.json'));
  let commit;
  let removed;
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) {
      commit = line.slice('commit '.length);
      removed = undefined;
      continue;
    }
    const version = /^([-+])\s*"version":\s*"([^"]*)"/.exec(line);
    if (version === null) continue;
    if (version[1] === '-') removed = version[2];
    else if (removed !== undefined && removed !== version[2]) return commit;
  }
  const added = git('log', '--diff-filter=A', '--format=%H', '--', report).split('\n').filter(Boolean);
  return added.at(-1);
}

/** Lines of the report's API block, without API Extractor's own comments. */
function apiLines(text) {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('//') && line.trim() !== '');
}

const bumps = pendingBumps();
const problems = [];
for (const folder of readdirSync(join(root, 'packages'))) {
  const dir = join('packages', folder);
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (manifest.private === true) continue;
  const report = join(dir, 'api', `${folder}.api.md`);
  if (!existsSync(join(root, report))) {
    problems.push(`${manifest.name}: no API report at ${report}: run pnpm api:update and commit it`);
    continue;
  }
  const base = baseCommit(dir, report);
  if (base === undefined) continue; // the report is not committed yet: api:check says so
  const then = new Set(apiLines(git('show', `${base}:${report}`)));
  const now = apiLines(readFileSync(join(root, report), 'utf8'));
  const nowSet = new Set(now);
  const removed = [...then].filter((line) => !nowSet.has(line));
  const added = now.filter((line) => !then.has(line));
  if (removed.length === 0 && added.length === 0) continue;
  const needed = removed.length > 0 ? 'major' : 'minor';
  const pending = bumps.get(manifest.name) ?? 'none';
  if ((rank[pending] ?? 0) < rank[needed])
    problems.push(
      `${manifest.name}: its API ${removed.length > 0 ? `lost or changed ${removed.length} line(s), e.g. "${removed[0].trim()}"` : `gained ${added.length} line(s)`} since ${base.slice(0, 8)}, so it needs a ${needed} changeset (pending: ${pending}): run pnpm changeset`,
    );
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log('API reports: every change since the last release has its changeset');
