/** The call that repeats a write on the other side. */
export interface ReplayStep {
  readonly member: string;
  readonly args: readonly unknown[];
}

type Reply = Record<string, unknown> | readonly unknown[] | string | null;

function withoutBlock(options: unknown): Record<string, unknown> {
  const { block: _block, ...rest } = (options ?? {}) as Record<string, unknown>;
  return rest;
}

/**
 * The replay on the other side of a write the authoritative side took, from its arguments and its
 * reply; `undefined` when nothing changed (a pop that found nothing).
 *
 * @remarks
 * Most writes replay as called. The ones whose effect the reply decides replay what happened:
 * - SPOP removes random members: the replay removes the ones it returned (SREM);
 * - blocking pops must not block the other side: the non-blocking pop on the key that answered
 *   (BLPOP → LPOP, BLMOVE → LMOVE, BLMPOP → LMPOP of as many elements, BZPOPMIN → ZPOPMIN, BZMPOP → ZMPOP);
 * - XADD with an ID made by the server replays with that ID, so entry IDs match on both sides;
 * - XREADGROUP replays without BLOCK (its effect is the consumer's pending entries).
 */
export function replayStep(member: string, args: readonly unknown[], reply: unknown): ReplayStep | undefined {
  const answered = reply as Reply;
  switch (member) {
    case 'spop':
      if (answered === null || (Array.isArray(answered) && answered.length === 0)) return undefined;
      return { member: 'srem', args: [args[0], answered] };
    case 'blpop':
    case 'brpop':
      if (answered === null) return undefined;
      return { member: member === 'blpop' ? 'lpop' : 'rpop', args: [(answered as readonly unknown[])[0]] };
    case 'blmove':
      return answered === null ? undefined : { member: 'lmove', args: args.slice(0, 4) };
    case 'blmpop': {
      if (answered === null) return undefined;
      const { key, elements } = answered as { key: string; elements: readonly unknown[] };
      return { member: 'lmpop', args: [[key], args[1], elements.length] };
    }
    case 'bzpopmin':
    case 'bzpopmax':
      if (answered === null) return undefined;
      return {
        member: member === 'bzpopmin' ? 'zpopmin' : 'zpopmax',
        args: [(answered as { key: string }).key, 1],
      };
    case 'bzmpop': {
      if (answered === null) return undefined;
      const { key, members } = answered as { key: string; members: readonly unknown[] };
      return { member: 'zmpop', args: [[key], args[1], { count: members.length }] };
    }
    case 'xadd':
      if (answered === null) return undefined;
      return { member, args: [args[0], args[1], { ...(args[2] as object | undefined), id: answered }] };
    case 'xreadgroup':
      if (Array.isArray(answered) && answered.length === 0) return undefined;
      return { member, args: [args[0], args[1], args[2], withoutBlock(args[3])] };
    default:
      return { member, args };
  }
}
