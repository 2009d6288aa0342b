import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isRecord } from './isRecord.js';

/** Path of the rule file under test. */
export const alertRulesPath = join(import.meta.dirname, '..', '..', 'prometheus', 'alerts.yml');

/** One entry of a group's `rules:` list, with where it was found (for readable failures). */
export interface AlertRuleEntry {
  /** `name` of its group. */
  readonly group: string;
  /** `alert` when it is a string, else `<group>#<index>`. */
  readonly id: string;
  /** The entry as parsed. */
  readonly rule: Readonly<Record<string, unknown>>;
}

/** The rule file parsed as YAML (throws on a YAML syntax error or a duplicate key). */
export function readAlertRules(path: string = alertRulesPath): unknown {
  const document: unknown = parse(readFileSync(path, 'utf8'));
  return document;
}

/** The `groups:` list of a rule file, each group as parsed (empty when there is none). */
export function listRuleGroups(document: unknown): readonly Readonly<Record<string, unknown>>[] {
  if (!isRecord(document) || !Array.isArray(document['groups'])) return [];
  return document['groups'].filter(isRecord);
}

/** Every rule of every group, in file order. Entries that are not mappings are kept as `{}`. */
export function listAlertRules(document: unknown): readonly AlertRuleEntry[] {
  return listRuleGroups(document).flatMap((group) => {
    const groupName = typeof group['name'] === 'string' ? group['name'] : '<unnamed>';
    const rules: readonly unknown[] = Array.isArray(group['rules']) ? group['rules'] : [];
    return rules.map((raw, index) => {
      const rule = isRecord(raw) ? raw : {};
      const alert = rule['alert'];
      return { group: groupName, id: typeof alert === 'string' ? alert : `${groupName}#${index}`, rule };
    });
  });
}
