import { describe, expect, it } from 'vitest';
import { getPath } from './support/getPath.js';
import { isRecord } from './support/isRecord.js';
import { listMetricNames } from './support/listMetricNames.js';
import {
  listPanels,
  listTargets,
  listTemplateVariables,
  readDashboard,
  variableQuery,
} from './support/readDashboard.js';
import { substituteGrafanaVariables } from './support/substituteGrafanaVariables.js';

const document = readDashboard();
const panels = listPanels(document);
const variables = listTemplateVariables(document);

function titlesWhere(predicate: (panel: Readonly<Record<string, unknown>>) => boolean): readonly string[] {
  return panels.filter(predicate).map((panel) => String(panel['title'] ?? panel['id']));
}

function expressionsOf(panel: Readonly<Record<string, unknown>>): readonly string[] {
  return listTargets(panel).map((target) => String(target['expr']));
}

// Metrics without a mode label: only a cluster client has them.
function usesClusterOnlyMetric(panel: Readonly<Record<string, unknown>>): boolean {
  return expressionsOf(panel).some((expr) =>
    listMetricNames(substituteGrafanaVariables(expr)).some((name) =>
      /^redis_client_(?:cluster|split)_/.test(name),
    ),
  );
}

// The migrating client's own metrics: their `client` is `orders`, not the sides' `orders:source`.
function usesMigrationMetric(panel: Readonly<Record<string, unknown>>): boolean {
  return expressionsOf(panel).some((expr) =>
    listMetricNames(substituteGrafanaVariables(expr)).some((name) =>
      name.startsWith('redis_client_migration_'),
    ),
  );
}

// The metrics of @org/redis-cache: a `cache` label, and no `client` or `mode` to filter by.
function usesCacheMetric(panel: Readonly<Record<string, unknown>>): boolean {
  return expressionsOf(panel).some((expr) =>
    listMetricNames(substituteGrafanaVariables(expr)).some((name) => name.startsWith('redis_cache_')),
  );
}

// Every selector of a cache metric, matchers included: each must filter by $cache.
const cacheSelector = /\bredis_cache_\w+(?:\{[^}]*\})?/g;

// The sides are the services `<client>:source` and `<client>:target` (see toClientLabel in
// @org/redis-metrics): cut the side off their connection gauge to filter a migrating client. The
// side is first copied to a label of its own: two series left with the same labels would make
// label_replace fail ("vector cannot contain metrics with the same labelset").
const sidesJoin =
  'and on (client) group by (client) (label_replace(label_replace(redis_client_connection_up{client=~"$client", mode=~"$mode"}, "side", "$2", "client", "(.+):(source|target)"), "client", "$1", "client", "(.+):(source|target)"))';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function gridBox(panel: Readonly<Record<string, unknown>>): Box | undefined {
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((key) => getPath(panel, `gridPos.${key}`));
  return typeof x === 'number' && typeof y === 'number' && typeof w === 'number' && typeof h === 'number'
    ? { x, y, w, h }
    : undefined;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('grafana/redis-layer.json', () => {
  describe('having been parsed as JSON', () => {
    it('should be an object with a panels list', () => {
      expect(isRecord(document) && Array.isArray(document['panels'])).toBe(true);
    });

    it('should have schema version 39', () => {
      expect(getPath(document, 'schemaVersion')).toBe(39);
    });

    it('should have a uid', () => {
      expect(getPath(document, 'uid')).toBe('org-redis-layer');
    });
  });

  describe('having its panels listed', () => {
    it('should give every panel a title', () => {
      expect(
        panels
          .filter((panel) => typeof panel['title'] !== 'string' || panel['title'].trim() === '')
          .map((panel) => panel['id']),
      ).toStrictEqual([]);
    });

    it('should give every panel a description', () => {
      expect(
        titlesWhere(
          (panel) => typeof panel['description'] !== 'string' || panel['description'].trim() === '',
        ),
      ).toStrictEqual([]);
    });

    it('should give every panel at least one target', () => {
      expect(titlesWhere((panel) => listTargets(panel).length === 0)).toStrictEqual([]);
    });

    it('should give every target a non-empty expr', () => {
      expect(
        titlesWhere((panel) =>
          listTargets(panel).some(
            (target) => typeof target['expr'] !== 'string' || target['expr'].trim() === '',
          ),
        ),
      ).toStrictEqual([]);
    });

    it('should give every panel an integer id', () => {
      expect(titlesWhere((panel) => !Number.isInteger(panel['id']))).toStrictEqual([]);
    });

    it('should use each panel id once', () => {
      const ids = panels.map((panel) => panel['id']);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toStrictEqual([]);
    });

    it('should read every panel from the $datasource variable', () => {
      expect(titlesWhere((panel) => getPath(panel, 'datasource.uid') !== '${datasource}')).toStrictEqual([]);
    });

    it('should filter every expression but those of cache panels by $client', () => {
      expect(
        titlesWhere(
          (panel) =>
            !usesCacheMetric(panel) &&
            expressionsOf(panel).some((expr) => !expr.includes('client=~"$client"')),
        ),
      ).toStrictEqual([]);
    });

    it('should filter every expression but those of cache panels by $mode', () => {
      expect(
        titlesWhere(
          (panel) =>
            !usesCacheMetric(panel) && expressionsOf(panel).some((expr) => !expr.includes('mode=~"$mode"')),
        ),
      ).toStrictEqual([]);
    });

    it('should place no panel over another', () => {
      const boxes = panels.map(gridBox);
      expect(
        titlesWhere((panel) => {
          const index = panels.indexOf(panel);
          const box = boxes[index];
          return (
            box === undefined ||
            boxes.some(
              (other, otherIndex) => otherIndex !== index && other !== undefined && overlaps(box, other),
            )
          );
        }),
      ).toStrictEqual([]);
    });

    it('should say in every cluster-only panel that it stays empty for standalone clients', () => {
      expect(
        titlesWhere(
          (panel) =>
            usesClusterOnlyMetric(panel) &&
            !String(panel['description']).includes('empty for standalone clients'),
        ),
      ).toStrictEqual([]);
    });
  });

  describe('having its migration panels listed', () => {
    const migrationPanels = panels.filter(
      (panel) =>
        usesMigrationMetric(panel) || expressionsOf(panel).some((expr) => expr.includes(':(source|target)')),
    );

    it('should have the phase, dual-write, shadow and per-side latency panels', () => {
      expect(migrationPanels.map((panel) => panel['title'])).toStrictEqual([
        'Migration phase',
        'Instances per migration phase',
        'Dual-write failures by side and command',
        'Shadow reads by outcome',
        'Shadow mismatch ratio',
        'Latency p50 / p99 by side',
      ]);
    });

    it('should say in every migration panel that it stays empty without a migrating service', () => {
      expect(
        migrationPanels
          .filter((panel) => !String(panel['description']).includes('without a migrating service'))
          .map((panel) => panel['title']),
      ).toStrictEqual([]);
    });

    it("should filter every migration metric by the sides' connection, side cut off", () => {
      expect(
        titlesWhere(
          (panel) =>
            usesMigrationMetric(panel) && expressionsOf(panel).some((expr) => !expr.endsWith(sidesJoin)),
        ),
      ).toStrictEqual([]);
    });

    it('should show the per-side latency by client label, source and target only', () => {
      const latency = migrationPanels.find((panel) => panel['title'] === 'Latency p50 / p99 by side') ?? {};
      expect(
        expressionsOf(latency).map((expr) => [
          expr.includes('client=~".+:(source|target)"'),
          expr.includes('sum by (client, le)'),
        ]),
      ).toStrictEqual([
        [true, true],
        [true, true],
      ]);
    });
  });

  describe('having its cache panels listed', () => {
    const cachePanels = panels.filter(usesCacheMetric);

    it('should have the hit ratio, miss, factory, lock, invalidation, resync, breaker and degraded panels', () => {
      expect(cachePanels.map((panel) => panel['title'])).toStrictEqual([
        'Cache hit ratio by tier',
        'Cache misses and stale answers',
        'Cache factory runs by outcome',
        'Cache factory error ratio',
        'Cache factory duration p95',
        'Cache lock waits by outcome',
        'Cache lock wait duration p95',
        'Cache invalidations in / out',
        'Cache L1 resyncs',
        'Cache breaker state',
        'Cache degraded answers by operation',
      ]);
    });

    it('should say in every cache panel that it stays empty without a cache', () => {
      expect(
        cachePanels
          .filter((panel) => !String(panel['description']).includes('without an @org/redis-cache cache'))
          .map((panel) => panel['title']),
      ).toStrictEqual([]);
    });

    it('should filter every selector of a cache metric by $cache', () => {
      expect(
        titlesWhere((panel) =>
          expressionsOf(panel).some((expr) =>
            (expr.match(cacheSelector) ?? []).some((selector) => !selector.includes('{cache=~"$cache"')),
          ),
        ),
      ).toStrictEqual([]);
    });

    it('should mix no client metric into a cache panel', () => {
      expect(
        cachePanels
          .filter((panel) =>
            expressionsOf(panel).some((expr) =>
              listMetricNames(substituteGrafanaVariables(expr)).some((name) =>
                name.startsWith('redis_client_'),
              ),
            ),
          )
          .map((panel) => panel['title']),
      ).toStrictEqual([]);
    });

    it('should sit below every other panel', () => {
      const lowestOther = Math.max(
        ...panels.filter((panel) => !usesCacheMetric(panel)).map((panel) => gridBox(panel)?.y ?? 0),
      );
      expect(
        cachePanels.filter((panel) => (gridBox(panel)?.y ?? 0) <= lowestOther).map((panel) => panel['title']),
      ).toStrictEqual([]);
    });
  });

  describe('having its template variables listed', () => {
    it('should have the variables datasource, client, mode and cache', () => {
      expect(variables.map((variable) => variable['name'])).toStrictEqual([
        'datasource',
        'client',
        'mode',
        'cache',
      ]);
    });

    it('should take $client from label_values(redis_client_commands_total, client)', () => {
      expect(variableQuery(variables.find((variable) => variable['name'] === 'client') ?? {})).toBe(
        'label_values(redis_client_commands_total, client)',
      );
    });

    it('should take $mode from the mode label of redis_client_commands_total', () => {
      expect(variableQuery(variables.find((variable) => variable['name'] === 'mode') ?? {})).toBe(
        'label_values(redis_client_commands_total{client=~"$client"}, mode)',
      );
    });

    // Any cache metric: a cache may have only misses, or only hits, in the time range.
    it('should take $cache from the cache label of every redis_cache_* metric', () => {
      expect(variableQuery(variables.find((variable) => variable['name'] === 'cache') ?? {})).toBe(
        'label_values({__name__=~"redis_cache_.+"}, cache)',
      );
    });
  });
});
