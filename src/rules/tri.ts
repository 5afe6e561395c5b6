/**
 * Three-valued (Kleene) logic. A condition over a fact nobody has told us is `unknown`, never
 * guessed true or false: `likely` needs `true`, `possible` is what `unknown` gives.
 */
export type Tri = 'true' | 'false' | 'unknown';

export const tri = (b: boolean): Tri => (b ? 'true' : 'false');

/** Kleene AND over any number of values: false wins, then unknown. */
export function triAll(values: Iterable<Tri>): Tri {
  let sawUnknown = false;
  for (const v of values) {
    if (v === 'false') return 'false';
    if (v === 'unknown') sawUnknown = true;
  }
  return sawUnknown ? 'unknown' : 'true';
}

/** Kleene OR: true wins, then unknown. */
export function triAny(values: Iterable<Tri>): Tri {
  let sawUnknown = false;
  for (const v of values) {
    if (v === 'true') return 'true';
    if (v === 'unknown') sawUnknown = true;
  }
  return sawUnknown ? 'unknown' : 'false';
}

export function triNot(v: Tri): Tri {
  return v === 'unknown' ? 'unknown' : v === 'true' ? 'false' : 'true';
}

/** The marker for a fact whose value is not known. */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Maybe<T> = T | typeof UNKNOWN;
export const isKnown = <T>(v: Maybe<T>): v is T => v !== UNKNOWN;
