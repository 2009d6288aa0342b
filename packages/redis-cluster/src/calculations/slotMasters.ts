/**
 * The masters serving slots in a cluster client's slot table (`cluster.slots`: per slot, its nodes'
 * `host:port`, the master first), and whether some slot has none.
 */
export function slotMasters(slots: readonly (readonly string[] | undefined)[]): {
  readonly masters: ReadonlySet<string>;
  readonly uncovered: boolean;
} {
  const masters = new Set<string>();
  let uncovered = slots.length === 0;
  for (const owners of slots) {
    const master = owners?.[0];
    if (master === undefined) uncovered = true;
    else masters.add(master);
  }
  return { masters, uncovered };
}
