/**
 * `requiredText` names text that every match of a pattern contains; the crisis prefilters rest on
 * it. Checked exhaustively on small patterns (every string up to 8 characters over a small
 * alphabet), and on the shipped crisis patterns against every text the tests hold.
 */
import { mayMatchAny, requiredText } from '../../src/understanding/requiredText';
import { crisisPatterns } from '../../src/understanding/crisisPatterns';
import { detectCrisis, type CrisisSignal } from '../../src/understanding/detectCrisis';
import { normalise } from '../../src/understanding/normalise';
import { seeded, testLiterals } from './replyCorpus';

function allStrings(alphabet: string, maxLength: number): string[] {
  const out = [''];
  let layer = [''];
  for (let n = 1; n <= maxLength; n++) {
    layer = layer.flatMap((s) => [...alphabet].map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

const SMALL = allStrings("ab '", 8);

describe('requiredText', () => {
  test.each([
    ['kill(?:ing)? my ?self', ['kill']],
    ['\\bab\\b|ba', ['ab', 'ba']],
    ['a(?=b)b', ['ab']],
    ['a(?!a)b', ['ab']],
    ['(?<=b)ab', ['ab']],
    ['a b+a', ['a ']],
    ['(?:ab|ba)+', ['ab', 'ba']],
    ['[ab]a{2}', ['a']],
    ['a.b', ['a']],
    ['a.bc', ['bc']],
    ["\\bdon'?t\\b", ["don"]],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredText(source)?.sort()).toEqual([...expected].sort());
  });

  test.each(['a?', 'a*', '(?:ab|)', '\\b', '.', '[ab]+', '(?:a|b?)', 'a{0,2}', 'a|(?:b)?', '^$'])('%s needs nothing', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  test.each(['a\\1', '\\u0061', '\\p{L}', '(?<n>a)\\k<n>', 'a{', '(a', 'a)', '\\x61', '\\n'])('%s is not read (no answer)', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  test.each([
    'ab', 'a b', 'ab?a', "a'?b", '(?:ab|ba) ?a', 'a(?:b|a b)+', '\\ba\\b b', 'a(?!b)a|bb', '(?<=a)b{2,}', '[^a]ab', 'a[ b]{0,2}b',
    '(?:a|b)(?:a|b)', 'a+b+', "(?:a|')b(?:b|')", 'a\\s+b', 'b\\w?a', '(?:(?:ab)?ba|a a)', 'ab{2}a', "a(?: b| ')b",
  ])('%s: every string that holds a match holds a required text (all strings to 8 characters)', (source) => {
    const re = new RegExp(source, 'iu');
    const needed = requiredText(source);
    expect(needed).toBeDefined();
    const test = mayMatchAny([re]);
    expect(test).toBeDefined();
    const missed = SMALL.filter((s) => re.test(s) && !(test as RegExp).test(s));
    expect(missed).toEqual([]);
    // And the texts themselves: each is needed (some string holding a match holds only that one).
    expect(SMALL.filter((s) => re.test(s)).length).toBeGreaterThan(0);
  });
});

/** `detectCrisis` as it was before the prefilters: every guard blanked, every pattern tried. */
function detectCrisisInFull(text: string): CrisisSignal | undefined {
  if (text.trim().length === 0) return undefined;
  const { guards, categories } = crisisPatterns();
  const blank = (t: string, res: RegExp[]): string => res.reduce((x, re) => x.replace(re, (m) => ' '.repeat(m.length)), t);
  const message = blank(normalise(text), guards);
  for (const category of categories) {
    const checked = blank(message, category.guards);
    for (const re of category.patterns) {
      re.lastIndex = 0;
      const m = re.exec(checked);
      if (m) {
        const phrase = m[0].trim();
        return phrase.length > 0 ? { category: category.id, phrase } : { category: category.id };
      }
    }
  }
  return undefined;
}

/** Random messages made of the crisis patterns' own words (and everyday ones), so that patterns and guards often match, or nearly. */
function crisisLikeTexts(count: number): string[] {
  const { guards, categories } = crisisPatterns();
  const sources = [...guards, ...categories.flatMap((c) => c.patterns)].map((re) => re.source);
  const words = [...new Set(sources.flatMap((s) => s.match(/[a-z']+/g) ?? []))].filter((w) => w.length > 1);
  words.push('i', 'me', 'my', 'a', 'is', 'the', 'and', 'not', 'no', 'money', 'rent', 'work', 'mum', 'kids', '£180', '42', 'tonight', 'yes');
  const separators = [' ', ' ', ' ', ' ', ', ', '. ', "'", '-', ' and ', ' to '];
  const rnd = seeded(1958);
  const pick = <T>(l: readonly T[]): T => l[Math.floor(rnd() * l.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(words);
    for (let n = 1 + Math.floor(rnd() * 9); n > 0; n--) text += pick(separators) + pick(words);
    out.push(rnd() < 0.1 ? text.toUpperCase() : text);
  }
  return out;
}

/**
 * A random string the pattern `source` may match, written independently of `requiredText`'s reader:
 * one alternative of each group, 0 to 2 extra repeats, a character from each class; lookarounds
 * are left out (so some strings do not match, and are only more text to try).
 */
function sample(source: string, rnd: () => number): string {
  let pos = 0;
  const pick = (chars: string): string => chars[Math.floor(rnd() * chars.length)] ?? '';
  const classChars = (body: string): string => {
    if (body.startsWith('^')) return " ab'.";
    let chars = '';
    for (let i = 0; i < body.length; i++) {
      const c = body[i] ?? '';
      if (c === '\\') { const e = body[++i] ?? ''; chars += e === 'w' ? 'ab' : e === 's' ? ' ' : e === 'd' ? '7' : e; }
      else if (body[i + 1] === '-' && i + 2 < body.length) { chars += c + (body[i + 2] ?? ''); i += 2; }
      else chars += c;
    }
    return chars;
  };
  const alternatives = (): string[] => {
    const alts = [sequence()];
    while (source[pos] === '|') { pos += 1; alts.push(sequence()); }
    return alts;
  };
  const sequence = (): string => {
    let out = '';
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const start = pos;
      let piece = atom();
      const q = /^(?:[*+?]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(pos));
      if (q) {
        pos += q[0].length;
        const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
        const max = q[0][0] === '?' ? 1 : q[0][0] === '{' && q[2] !== '' ? Number(q[2] ?? q[1]) : min + 2;
        const times = min + Math.floor(rnd() * (Math.min(max, min + 2) - min + 1));
        let repeated = '';
        for (let i = 0; i < times; i++) { const end = pos; pos = start; repeated += atom(); pos = end; }
        piece = repeated;
      }
      out += piece;
    }
    return out;
  };
  const atom = (): string => {
    const c = source[pos] ?? '';
    if (c === '(') {
      pos += 1;
      const look = /^\?(?:=|!|<=|<!)/.exec(source.slice(pos));
      if (look) pos += look[0].length;
      else if (source.startsWith('?:', pos)) pos += 2;
      const alts = alternatives();
      pos += 1;
      return look ? '' : alts[Math.floor(rnd() * alts.length)] ?? '';
    }
    if (c === '[') {
      const end = source.indexOf(']', pos + (source[pos + 1] === ']' ? 2 : 1));
      let close = end;
      while (source[close - 1] === '\\') close = source.indexOf(']', close + 1);
      const body = source.slice(pos + 1, close);
      pos = close + 1;
      return pick(classChars(body));
    }
    if (c === '\\') {
      const e = source[pos + 1] ?? '';
      pos += 2;
      return e === 'b' ? '' : e === 's' ? ' ' : e === 'w' ? pick('abc') : e === 'd' ? '7' : e;
    }
    pos += 1;
    return c === '.' ? pick('abc ') : c === '^' || c === '$' ? '' : c;
  };
  const alts = alternatives();
  return alts[Math.floor(rnd() * alts.length)] ?? '';
}

/** Messages built around strings sampled from every guard and crisis pattern (several for each). */
function sampledTexts(perPattern: number): string[] {
  const { guards, categories } = crisisPatterns();
  const sources = [...guards, ...categories.flatMap((c) => c.patterns)].map((re) => re.source);
  const rnd = seeded(2026);
  const around = ['', '', 'i think ', 'honestly ', 'my mum said ', 'yes ', 'no, ', '42 ', 'and ', 'but '];
  const after = ['', '', ' tonight', ' and i am scared', '.', ' with my kids', ' at work', ' x', ' lol'];
  const out: string[] = [];
  for (const source of sources) {
    for (let i = 0; i < perPattern; i++) {
      const pick = (l: string[]): string => l[Math.floor(rnd() * l.length)] ?? '';
      const one = sample(source, rnd);
      out.push(pick(around) + one + pick(after));
      // Two samples side by side, so a guard and a pattern (or two categories) meet in one message.
      out.push(`${one} ${sample(sources[Math.floor(rnd() * sources.length)] ?? '', rnd)}`);
    }
  }
  return out;
}

describe('crisis prefilters', () => {
  const { guards, guardsMayMatch, categories } = crisisPatterns();
  const messages = [...new Set([...testLiterals(), ...crisisLikeTexts(10000), ...sampledTexts(100)])];
  const texts = messages.flatMap((t) => [normalise(t), normalise(t.toUpperCase())]);

  it('leave detectCrisis exactly as it was, on every test text and 22,000 crisis-like messages', () => {
    const differ = messages.filter((t) => JSON.stringify(detectCrisis(t)) !== JSON.stringify(detectCrisisInFull(t)));
    expect(differ).toEqual([]);
    expect(messages.filter((t) => detectCrisis(t) !== undefined).length).toBeGreaterThan(5000);
  });

  it('for each guard and pattern alone, find its text in every text it matches, and are read from every one', () => {
    const { guardFilters } = crisisPatterns();
    const pairs: [RegExp, RegExp | undefined][] = [
      ...guards.map((re, i): [RegExp, RegExp | undefined] => [re, guardFilters[i]]),
      ...categories.flatMap((c) => [
        ...c.patterns.map((re, i): [RegExp, RegExp | undefined] => [re, c.patternFilters[i]]),
        ...c.guards.map((re, i): [RegExp, RegExp | undefined] => [re, c.guardFilters[i]]),
      ]),
    ];
    expect(pairs.filter(([, filter]) => filter === undefined).map(([re]) => re.source)).toEqual([]);
    const missed: string[] = [];
    let matched = 0;
    for (const text of texts) {
      for (const [re, filter] of pairs) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched += 1;
        if (!filter?.test(text)) missed.push(`${re.source}: ${text}`);
      }
    }
    pairs.forEach(([re]) => { re.lastIndex = 0; });
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(10000);
  });

  it('are read from every shipped pattern (else the full set runs on every message: safe, but slow)', () => {
    expect(guardsMayMatch).toBeDefined();
    for (const c of categories) expect(c.mayMatch).toBeDefined();
  });

  it('find their text in every text that a guard or pattern matches', () => {
    const missed: string[] = [];
    const hits = new Map<RegExp, number>();
    let matched = 0;
    const check = (re: RegExp, prefilter: RegExp | undefined, text: string): void => {
      re.lastIndex = 0;
      if (!re.test(text)) return;
      matched += 1;
      hits.set(re, (hits.get(re) ?? 0) + 1);
      if (!prefilter?.test(text)) missed.push(`${re.source}: ${text}`);
    };
    for (const text of texts) {
      for (const re of guards) check(re, guardsMayMatch, text);
      for (const c of categories) for (const re of c.patterns) check(re, c.mayMatch, text);
    }
    // Every guard and pattern was matched many times, so every prefilter was put to the test.
    const rarely = [...guards, ...categories.flatMap((c) => c.patterns)].filter((re) => (hits.get(re) ?? 0) < 20).map((re) => re.source);
    expect(rarely).toEqual([]);
    guards.forEach((re) => { re.lastIndex = 0; });
    categories.forEach((c) => c.patterns.forEach((re) => { re.lastIndex = 0; }));
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(10000);
  });
});
