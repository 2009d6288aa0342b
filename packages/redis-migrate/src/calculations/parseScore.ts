/** A sorted-set score as Redis prints it (`1.5`, `inf`, `-inf`, a Buffer of that text) as a number. */
export function parseScore(score: unknown): number {
  const text = String(score).toLowerCase();
  if (text === 'inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}
