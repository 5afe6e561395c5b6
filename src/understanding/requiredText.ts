/**
 * Text that every match of a regular expression must contain, read from its source: "kill(?:ing)?
 * my ?self" cannot match without "kill", "my" and "self". A prefilter built from it ("does the
 * message contain any of these?") skips a pattern only when the pattern surely cannot match, so
 * skipping changes no result. Only a plain subset of the syntax is read (literals, groups,
 * alternatives, classes, quantifiers, \b \s \w \d, lookarounds); anything else gives no answer.
 */
import { escapeRegExp } from './normalise';

type Node =
  | { kind: 'char'; c: string }
  /** One character of a class, '.', \s, \w or \d: no text is known. */
  | { kind: 'any' }
  /** Zero width (\b, ^, $, a lookaround): consumes nothing, so literals either side stay adjacent. */
  | { kind: 'empty' }
  | { kind: 'group'; alts: Node[][] }
  | { kind: 'repeat'; node: Node; min: number };

class Unreadable extends Error {}

/** Identity escapes that stand for the character itself. */
const ESCAPED_CHAR = /^[\^$\\.*+?()[\]{}|/\-'"]$/;

function parse(source: string): Node[][] {
  let pos = 0;
  const alternatives = (): Node[][] => {
    const alts = [sequence()];
    while (source[pos] === '|') {
      pos += 1;
      alts.push(sequence());
    }
    return alts;
  };
  const sequence = (): Node[] => {
    const items: Node[] = [];
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') items.push(quantified(atom()));
    return items;
  };
  const atom = (): Node => {
    const c = source[pos] ?? '';
    if (c === '(') {
      pos += 1;
      let look = false;
      if (source.startsWith('?:', pos)) pos += 2;
      else if (source.startsWith('?=', pos) || source.startsWith('?!', pos)) { pos += 2; look = true; }
      else if (source.startsWith('?<=', pos) || source.startsWith('?<!', pos)) { pos += 3; look = true; }
      else if (source[pos] === '?') throw new Unreadable(source);
      const alts = alternatives();
      if (source[pos] !== ')') throw new Unreadable(source);
      pos += 1;
      return look ? { kind: 'empty' } : { kind: 'group', alts };
    }
    if (c === '[') {
      pos += 1;
      while (source[pos] !== ']') {
        if (pos >= source.length) throw new Unreadable(source);
        pos += source[pos] === '\\' ? 2 : 1;
      }
      pos += 1;
      return { kind: 'any' };
    }
    if (c === '\\') {
      const e = source[pos + 1] ?? '';
      pos += 2;
      if (e === 'b' || e === 'B') return { kind: 'empty' };
      if (/^[dDsSwW]$/.test(e)) return { kind: 'any' };
      if (ESCAPED_CHAR.test(e)) return { kind: 'char', c: e };
      throw new Unreadable(source);
    }
    pos += 1;
    if (c === '.') return { kind: 'any' };
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (/^[*+?{}\]]$/.test(c) || /[\ud800-\udfff]/.test(c)) throw new Unreadable(source);
    return { kind: 'char', c };
  };
  const quantified = (node: Node): Node => {
    let min: number;
    const c = source[pos];
    const braces = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(pos));
    if (c === '*' || c === '?') { min = 0; pos += 1; }
    else if (c === '+') { min = 1; pos += 1; }
    else if (braces) { min = Number(braces[1]); pos += braces[0].length; }
    else return node;
    if (source[pos] === '?') pos += 1;
    return { kind: 'repeat', node, min };
  };
  const alts = alternatives();
  if (pos !== source.length) throw new Unreadable(source);
  return alts;
}

/** The better of two requirements: longer shortest string, then fewer strings. */
function better(a: string[] | undefined, b: string[]): string[] {
  if (a === undefined) return b;
  const shortest = (l: string[]): number => Math.min(...l.map((s) => s.length));
  if (shortest(b) !== shortest(a)) return shortest(b) > shortest(a) ? b : a;
  return b.length < a.length ? b : a;
}

function ofAlternatives(alts: Node[][]): string[] | undefined {
  const all: string[] = [];
  for (const seq of alts) {
    const one = ofSequence(seq);
    if (one === undefined) return undefined;
    all.push(...one);
  }
  return [...new Set(all)];
}

function ofNode(node: Node): string[] | undefined {
  if (node.kind === 'char') return [node.c];
  if (node.kind === 'group') return ofAlternatives(node.alts);
  if (node.kind === 'repeat') return node.min >= 1 ? ofNode(node.node) : undefined;
  return undefined;
}

/**
 * A match of a sequence is its items' matches side by side, so it contains what any one item
 * needs, and every run of plain characters (zero-width items do not break a run).
 */
function ofSequence(items: Node[]): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const flush = (): void => {
    if (run.length > 0) best = better(best, [run]);
    run = '';
  };
  for (const item of items) {
    if (item.kind === 'char') { run += item.c; continue; }
    if (item.kind === 'empty') continue;
    flush();
    const needed = ofNode(item);
    if (needed !== undefined && needed.every((s) => s.length > 0)) best = better(best, needed);
  }
  flush();
  return best;
}

/**
 * Strings of which every match of `source` contains at least one (compared as the pattern compares
 * characters), or undefined when the source holds nothing that sure or uses syntax not read here.
 */
export function requiredText(source: string): string[] | undefined {
  try {
    const needed = ofAlternatives(parse(source));
    return needed && needed.length > 0 && needed.every((s) => s.length > 0) ? needed : undefined;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * A test that is true whenever any of `patterns` could match (it looks for the text each one
 * needs, with the same case rules), or undefined when that cannot be said for every pattern. When
 * it is false, none of them can match the text tested.
 */
export function mayMatchAny(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  const flags = (re: RegExp): string => `${re.ignoreCase ? 'i' : ''}${re.unicode ? 'u' : ''}`;
  const first = patterns[0];
  if (first === undefined || patterns.some((re) => flags(re) !== flags(first))) return undefined;
  const needed = new Set<string>();
  for (const re of patterns) {
    const strings = requiredText(re.source);
    if (strings === undefined) return undefined;
    strings.forEach((s) => needed.add(s));
  }
  // Text holding "in danger" holds "danger": the longer string adds nothing.
  const kept = [...needed].filter((s) => ![...needed].some((t) => t !== s && s.includes(t)));
  return new RegExp(kept.map(escapeRegExp).join('|'), flags(first));
}
