import { inspect } from 'node:util';

function json(value: unknown): string {
  try {
    // join() turns the undefined of JSON.stringify(undefined) into '' (its type says string).
    return [JSON.stringify(value)].join('');
  } catch (error) {
    return `JSON.stringify threw: ${String(error)}`;
  }
}

/**
 * Every form in which `value` reaches a log or a screen, by name: `util.inspect` (as
 * `console.log` prints it, and with hidden properties), `JSON.stringify`, `String` and, for an
 * error, the same of its `cause` and its `stack`.
 */
export function printedForms(label: string, value: unknown): Record<string, string> {
  const forms: Record<string, string> = {
    [`util.inspect(${label})`]: inspect(value, { depth: Infinity }),
    [`util.inspect(${label}, showHidden)`]: inspect(value, { depth: Infinity, showHidden: true }),
    [`JSON.stringify(${label})`]: json(value),
    [`String(${label})`]: String(value),
  };
  if (value instanceof Error) {
    forms[`${label}.stack`] = value.stack ?? '';
    forms[`JSON.stringify(${label}.cause)`] = json(value.cause);
    forms[`String(${label}.cause)`] = String(value.cause);
    forms[`${label}.cause.stack`] = value.cause instanceof Error ? (value.cause.stack ?? '') : '';
  }
  return forms;
}
