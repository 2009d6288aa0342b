/**
 * An end of a list, for `lmove`, `blmove`, `lmpop` and `blmpop`.
 */
export type ListSide = 'LEFT' | 'RIGHT';
