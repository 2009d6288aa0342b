/**
 * An end of a list, for `lmove`.
 */
export type ListSide = 'LEFT' | 'RIGHT';
