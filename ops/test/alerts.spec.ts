import { describe, expect, it } from 'vitest';
import { getPath } from './support/getPath.js';
import { isRecord } from './support/isRecord.js';
import { listAlertRules, listRuleGroups, readAlertRules } from './support/readAlertRules.js';

const document = readAlertRules();
const rules = listAlertRules(document);

// Prometheus' own duration syntax (model.ParseDuration): units from largest to smallest, or "0".
const prometheusDuration = /^(?:0|(?=\d)(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?)$/;
// Fields of an alerting rule in the Prometheus rule file format; anything else is a typo.
const alertingRuleKeys = new Set(['alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);

function idsWhere(predicate: (rule: Readonly<Record<string, unknown>>) => boolean): readonly string[] {
  return rules.filter(({ rule }) => predicate(rule)).map(({ id }) => id);
}

function ruleNamesOf(group: string): readonly string[] {
  return rules.filter((entry) => entry.group === group).map(({ id }) => id);
}

describe('prometheus/alerts.yml', () => {
  describe('having been parsed as YAML', () => {
    it('should have a groups list', () => {
      expect(isRecord(document) && Array.isArray(document['groups'])).toBe(true);
    });

    it('should have the groups redis-client, redis-cache and redis-server', () => {
      expect(listRuleGroups(document).map((group) => group['name'])).toStrictEqual([
        'redis-client',
        'redis-cache',
        'redis-server',
      ]);
    });

    it('should have a rules list in every group', () => {
      expect(
        listRuleGroups(document)
          .filter((group) => !Array.isArray(group['rules']))
          .map((group) => group['name']),
      ).toStrictEqual([]);
    });
  });

  describe('having its rules listed', () => {
    describe.each([
      'alert',
      'expr',
      'for',
      'labels.severity',
      'annotations.summary',
      'annotations.description',
      'annotations.runbook',
    ])('having the field %s', (path) => {
      it('should be a non-empty string in every rule', () => {
        expect(
          idsWhere((rule) => {
            const value = getPath(rule, path);
            return typeof value !== 'string' || value.trim() === '';
          }),
        ).toStrictEqual([]);
      });
    });

    it('should use only the fields of an alerting rule', () => {
      expect(idsWhere((rule) => Object.keys(rule).some((key) => !alertingRuleKeys.has(key)))).toStrictEqual(
        [],
      );
    });

    it('should give every rule a Prometheus duration as for', () => {
      expect(
        idsWhere((rule) => typeof rule['for'] !== 'string' || !prometheusDuration.test(rule['for'])),
      ).toStrictEqual([]);
    });

    it('should give every rule the severity critical, warning or info', () => {
      expect(
        idsWhere(
          (rule) => !['critical', 'warning', 'info'].includes(String(getPath(rule, 'labels.severity'))),
        ),
      ).toStrictEqual([]);
    });

    it('should use each alert name once', () => {
      const names = rules.map(({ id }) => id);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toStrictEqual([]);
    });

    it('should have the client alerts', () => {
      expect(ruleNamesOf('redis-client')).toStrictEqual([
        'RedisClientHighErrorRate',
        'RedisClientHighLatencyP99',
        'RedisClientReconnectStorm',
        'RedisClientClusterRedirectionStorm',
        'RedisClientConnectionDown',
        'RedisClientClusterFailover',
        'RedisMigrationShadowMismatch',
        'RedisMigrationDualWriteFailures',
      ]);
    });

    it('should have the cache alerts', () => {
      expect(ruleNamesOf('redis-cache')).toStrictEqual([
        'RedisCacheBreakerOpen',
        'RedisCacheResyncStorm',
        'RedisCacheFactoryErrors',
        'RedisCacheHighStaleRatio',
      ]);
    });

    it('should have the server alerts', () => {
      expect(ruleNamesOf('redis-server')).toStrictEqual([
        'RedisDown',
        'RedisOutOfMemory',
        'RedisTooManyConnections',
        'RedisClusterStateNotOk',
        'RedisClusterSlotFail',
        'RedisClusterSlotPFail',
      ]);
    });

    describe.each(['RedisMigrationShadowMismatch', 'RedisMigrationDualWriteFailures'])(
      'having the migration alert %s',
      (name) => {
        const rule = rules.find(({ id }) => id === name)?.rule;
        const expr = String(rule?.['expr']);

        it('should fire on the first evaluation that sees an event (for 0m, > 0)', () => {
          expect([rule?.['for'], /\)\s*>\s*0\s*$/.test(expr)]).toStrictEqual(['0m', true]);
        });

        // increase() misses the first event of a counter series: the series created within the
        // window are added with `unless … offset` over the same window.
        it('should count the series created within its window', () => {
          expect([/\[10m\]/.test(expr), /unless\s+\S+\s+offset 10m/.test(expr)]).toStrictEqual([true, true]);
        });

        it('should point its runbook at redis-migrate verify --repair and docs/migration-runbook.md', () => {
          const runbook = String(getPath(rule, 'annotations.runbook'));
          expect([
            runbook.includes('`redis-migrate verify --repair`'),
            runbook.includes('docs/migration-runbook.md'),
          ]).toStrictEqual([true, true]);
        });

        it('should be a warning of the redis-client component', () => {
          expect([getPath(rule, 'labels.severity'), getPath(rule, 'labels.component')]).toStrictEqual([
            'warning',
            'redis-client',
          ]);
        });
      },
    );

    // A cache answers without Redis rather than fail: its alerts say it works less well, not that
    // the service is down.
    it('should make every cache alert a warning of the redis-cache component', () => {
      expect(
        rules
          .filter((entry) => entry.group === 'redis-cache')
          .filter(
            ({ rule }) =>
              getPath(rule, 'labels.severity') !== 'warning' ||
              getPath(rule, 'labels.component') !== 'redis-cache',
          )
          .map(({ id }) => id),
      ).toStrictEqual([]);
    });

    // The breaker flips between open (2) and half-open (1) while Redis stays down.
    it('should fire the breaker alert on half-open as well as open', () => {
      const rule = rules.find(({ id }) => id === 'RedisCacheBreakerOpen')?.rule;
      expect([String(rule?.['expr']).trim(), rule?.['for']]).toStrictEqual([
        'redis_cache_breaker_state > 0',
        '1m',
      ]);
    });

    // One failover makes every instance resync once: the storm is counted per instance.
    it('should count the resyncs per instance, not per cache', () => {
      const rule = rules.find(({ id }) => id === 'RedisCacheResyncStorm')?.rule;
      expect(String(rule?.['expr'])).toMatch(/^sum without \(reason\) \(/);
    });

    // A cache without misses (or without hits) has no such series: `+` would drop the cache.
    it('should add the reads of the stale ratio up with or, not +', () => {
      const rule = rules.find(({ id }) => id === 'RedisCacheHighStaleRatio')?.rule;
      const expr = String(rule?.['expr']);
      expect([expr.includes('+'), (expr.match(/\bor\b/g) ?? []).length]).toStrictEqual([false, 2]);
    });

    it('should keep the dual-write failures apart by side', () => {
      const rule = rules.find(({ id }) => id === 'RedisMigrationDualWriteFailures')?.rule;
      expect(String(rule?.['expr'])).toMatch(/^sum by \(client, side\)/);
    });

    it('should make the failover notice an info alert', () => {
      expect(
        getPath(rules.find(({ id }) => id === 'RedisClientClusterFailover')?.rule, 'labels.severity'),
      ).toBe('info');
    });
  });
});
