/**
 * The invariant behind skipping extraction on short answers: whenever `couldExtractOtherFacts` says
 * no, `extractFacts` really finds no fact other than the one answered. Random replies are built from
 * every phrase and cue in the data, so a regex changed without its word list fails here.
 */
import { extractFacts } from '../../src/understanding';
import { couldExtractOtherFacts, unitsMissedByIndex } from '../../src/understanding/extractionScope';
import { benchAnswers, seeded, testLiterals } from './replyCorpus';
import { extractionData } from '../../src/understanding/extractionData';
import { synonyms } from '../../src/understanding/synonyms';
import factsJson from '../../knowledge/contract/facts.json';

const FACTS: (string | undefined)[] = [undefined, ...factsJson.facts.map((f) => f.id), 'consent', 'language'];
const now = new Date('2026-11-22T12:00:00Z');

function vocabulary(): string[] {
  const d = extractionData();
  const bits: string[] = [];
  Object.values(d.cues).forEach((l) => bits.push(...l));
  Object.values(d.people).forEach((l) => bits.push(...l));
  Object.values(d.phrases).forEach((l) => bits.push(...l.map((e) => e.phrase)));
  Object.values(synonyms()).forEach((byValue) => Object.values(byValue).forEach((l) => bits.push(...l)));
  bits.push('yes', 'no', "i'm", 'my', 'a', '5', '42', '£180', '£2,000', 'a week', 'a month', 'years old', 'with', 'and', 'not',
    'wales', 'england', 'twins', 'kids', 'savings', 'none', 'three', 'twenty', 'hours a week', '3k', "don't", 'widowed', 'died', 'last year',
    // Bare ages, partners' and children's ages, hours and places read by patterns rather than phrases.
    '25', '31 years', 'me 32', 'wife 34', "he's 72", 'kids 3 and 7', 'my 4 year old', 'little one', '(2 and 7)', 'mum of 2',
    'work 30h', 'working 16 hrs', '6 months to live', 'in hospital', 'single', 'flat in', 'on my own', 'Belfast', 'Rhyl');
  return bits;
}

describe('couldExtractOtherFacts', () => {
  it('never skips a reply that holds another fact (4,000 random replies x every fact)', () => {
    const bits = vocabulary();
    let seed = 20261122;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    const bad: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const n = 1 + Math.floor(rnd() * 5);
      const text = Array.from({ length: n }, () => bits[Math.floor(rnd() * bits.length)]).join(rnd() < 0.2 ? ', ' : ' ');
      const found = Object.keys(extractFacts(text, { now }));
      for (const fact of FACTS) {
        if (couldExtractOtherFacts(text, fact)) continue;
        const other = found.filter((k) => k !== fact);
        if (other.length > 0) bad.push(`${JSON.stringify(text)} after ${fact}: ${other.join(',')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('couldExtractOtherFacts: the word index', () => {
  it('never leaves out a unit that a reply meets (20,000 random replies and every test text)', () => {
    const bits = vocabulary();
    const rnd = seeded(1958);
    const texts = [...testLiterals()];
    for (let i = 0; i < 20000; i++) {
      const n = 1 + Math.floor(rnd() * 4);
      texts.push(Array.from({ length: n }, () => bits[Math.floor(rnd() * bits.length)]).join(rnd() < 0.2 ? ', ' : ' '));
    }
    const missed = texts.filter((t) => unitsMissedByIndex(t).length > 0);
    expect(missed).toEqual([]);
  });
});

describe('couldExtractOtherFacts: with the question pending, as applyReply asks it', () => {
  /** Words the number, money, children and care needs turn on, and longer replies (up to 12 words). */
  const MORE = [
    'in', 'under a year', 'aged', 'ages', 'nothing saved', 'no savings', 'no kids', 'childless', 'twins', 'triplets', 'half', 'a couple',
    'in hospital', 'care home', 'in prison', 'at home', 'a week', '£200 a week', 'work 20 hours', 'kids aged under a year', 'twenty',
    'sixty-seven', '3', '1 and 3', '16', '£1,000', '1 December 1959', 'none', 'no income', 'nothing', 'pension', 'wages', 'earn',
    'my wife', 'me', 'i', "i'm", 'work', 'working', 'job', 'full time', 'hours', 'no', 'yes', 'of', 'are', 'old', 'year',
  ];
  /** Every reply applyReply could pass: the asked fact answered (fact = question) or not (fact undefined). */
  function skippedButFound(texts: string[]): string[] {
    const bad: string[] = [];
    for (const text of texts) {
      // extractFacts reads the question only to tell whether a bare number may be an age (none pending, or "age").
      const withBare = Object.keys(extractFacts(text, { now }));
      const withoutBare = Object.keys(extractFacts(text, { now, question: 'income' }));
      for (const question of FACTS) {
        const found = question === undefined || question === 'age' ? withBare : withoutBare;
        for (const fact of question === undefined ? [undefined] : [undefined, question]) {
          if (couldExtractOtherFacts(text, fact, question)) continue;
          const other = found.filter((k) => k !== fact);
          if (other.length > 0) bad.push(`${JSON.stringify(text)} asked ${question}, answered ${fact}: ${other.join(',')}`);
        }
      }
    }
    return bad;
  }

  it('never skips a reply that holds another fact (6,000 random replies of up to 12 words x every question)', () => {
    const bits = [...vocabulary(), ...MORE];
    const rnd = seeded(2027);
    const texts: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const n = 1 + Math.floor(rnd() * 7);
      texts.push(Array.from({ length: n }, () => bits[Math.floor(rnd() * bits.length)]).join(rnd() < 0.2 ? ', ' : ' '));
    }
    expect(skippedButFound(texts).slice(0, 5)).toEqual([]);
  });

  it('never skips a reply that holds another fact (the bench answers, every test text and facts said without a number)', () => {
    const unnumbered = ['twins', 'no kids', 'childless', 'kids aged under a year', "i'm in a care home", 'we are in hospital', 'nothing saved', 'no savings', 'no income'];
    const texts = [...new Set([...benchAnswers(), ...testLiterals(), ...unnumbered])].filter((t) => t.length <= 200);
    expect(skippedButFound(texts).slice(0, 5)).toEqual([]);
  });
});
