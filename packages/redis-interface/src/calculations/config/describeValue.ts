const maxShown = 80;

/**
 * How a configuration message shows a value: strings quoted (and cut when long), numbers and booleans as
 * they are, anything else by its kind. Never called on secrets.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > maxShown ? `${value.slice(0, maxShown - 3)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The error map of a configuration field: `is required: <fix>` when missing, otherwise
 * `<value> is not <what>: <fix>`. With `secret`, the value is never shown.
 */
export function fieldError(
  what: string,
  fix: string,
  secret = false,
): (issue: { readonly input?: unknown }) => string {
  return (issue) => {
    if (issue.input === undefined) return `is required: ${fix}`;
    return secret ? `is not ${what}: ${fix}` : `${describeValue(issue.input)} is not ${what}: ${fix}`;
  };
}
