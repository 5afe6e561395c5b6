/**
 * `findPhrases` looks long frozen phrase lists up by the text's words instead of trying every
 * phrase. It must find exactly the same hits, in the same order, as trying every phrase (a copy of
 * the list that is not frozen is always scanned): checked for every shipped list on every text the
 * tests hold, and on random mixes of the lists' own phrases. `hasAny` finds whole words without
 * building a padded string per word: the same answers as the padded `includes` it stands for.
 */
import { findPhrases, type PhraseEntry } from '../../src/understanding/phrases';
import { extractionData, hasAny } from '../../src/understanding/extractionData';
import { synonymEntries, synonyms } from '../../src/understanding/synonyms';
import { choiceEntries } from '../../src/understanding/choiceEntries';
import { phraseKey } from '../../src/understanding/normalise';
import factsJson from '../../knowledge/contract/facts.json';
import { seeded, testLiterals } from './replyCorpus';
import { shippedSpec } from './specs';

function lists(): [string, readonly PhraseEntry[]][] {
  const d = extractionData();
  const out: [string, readonly PhraseEntry[]][] = [['places', d.places]];
  Object.entries(d.phrases).forEach(([k, l]) => out.push([`phrases.${k}`, l]));
  Object.entries(d.atStart).forEach(([k, l]) => out.push([`atStart.${k}`, l]));
  Object.keys(synonyms()).forEach((f) => out.push([`synonyms.${f}`, synonymEntries(f)]));
  factsJson.facts.filter((f) => shippedSpec(f.id).choices).forEach((f) => out.push([`choices.${f.id}`, choiceEntries(shippedSpec(f.id))]));
  return out;
}

describe('findPhrases on indexed lists', () => {
  const all = lists();
  const indexed = all.filter(([, l]) => Object.isFrozen(l) && l.length >= 16);

  it('indexes the long shipped lists', () => {
    expect(indexed.map(([name]) => name)).toEqual(expect.arrayContaining(['places', 'synonyms.housing', 'synonyms.nation', 'phrases.employment']));
  });

  it('finds the same hits, in the same order, as trying every phrase', () => {
    const rnd = seeded(2026);
    const phrases = all.flatMap(([, l]) => l.map((e) => e.phrase));
    const mixes = Array.from({ length: 5000 }, () => {
      const n = 1 + Math.floor(rnd() * 4);
      return Array.from({ length: n }, () => phrases[Math.floor(rnd() * phrases.length)]).join(rnd() < 0.5 ? ' ' : ' | ');
    });
    const texts = [...new Set([...testLiterals().map(phraseKey), ...mixes])].filter((t) => t.length > 0);
    const differ: string[] = [];
    for (const [name, list] of indexed) {
      const scanned = [...list];
      for (const text of texts) {
        const a = findPhrases(text, list);
        const b = findPhrases(text, scanned);
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${name}: ${text}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('hasAny', () => {
  it('answers as `padded.includes(` ${word} `)` for every cue list', () => {
    const { cues, people } = extractionData();
    const lists = [...Object.values(cues), ...Object.values(people), ['a', 'i', ''], ['  '], [' a ']];
    const rnd = seeded(7);
    const words = lists.flat();
    const mixes = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => words[Math.floor(rnd() * words.length)]).join(rnd() < 0.8 ? ' ' : ''));
    const texts = [...new Set([...testLiterals().map(phraseKey), ...mixes, '', ' ', 'a  b', ' a'])];
    const differ: string[] = [];
    for (const list of lists) {
      for (const text of texts) {
        const expected = list.some((w) => ` ${text} `.includes(` ${w} `));
        if (hasAny(text, list) !== expected) differ.push(`${JSON.stringify(list.slice(0, 3))}: ${text}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
