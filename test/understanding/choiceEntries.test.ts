/**
 * `choiceData` derives keys and entries once per fact and choice list, found again by comparing
 * values and titles (each turn builds a new spec): an equal list gets the same data, a changed one
 * its own.
 */
import { choiceData } from '../../src/understanding/choiceEntries';
import type { AnswerSpec } from '../../src/understanding/answerTypes';

const spec = (titles: string[], fact = 'housing'): AnswerSpec => ({
  fact, kind: 'choice', choices: titles.map((title, i) => ({ value: `v-${i}`, title })),
});

describe('choiceData', () => {
  it('is derived once for an equal list in a new spec', () => {
    expect(choiceData(spec(['Renting', 'Owning']))).toBe(choiceData(spec(['Renting', 'Owning'])));
  });
  it.each([
    [['Renting', 'Owning'], ['Renting', 'Own']],
    [['Renting', 'Owning'], ['Renting']],
    [['Renting', 'Owning'], ['Owning', 'Renting']],
  ])('is its own for a changed list (%j, then %j)', (a, b) => {
    const first = choiceData(spec(a));
    const second = choiceData(spec(b));
    expect(second).not.toBe(first);
    expect(second.titleKeys).toEqual(b.map((t) => t.toLowerCase()));
  });
  it('is its own for another fact with the same list', () => {
    expect(choiceData(spec(['Yes please'], 'consent'))).not.toBe(choiceData(spec(['Yes please'], 'language')));
  });
});

describe('choiceData: frozen lists found by identity', () => {
  const frozen = (titles: string[], fact = 'housing'): AnswerSpec => ({
    fact, kind: 'choice', choices: Object.freeze(titles.map((title, i) => Object.freeze({ value: `v-${i}`, title }))) as AnswerSpec['choices'],
  });
  it('gives the data of an equal list, whether first seen frozen or not', () => {
    const a = frozen(['Frozen A', 'Frozen B']);
    expect(choiceData(a)).toBe(choiceData(spec(['Frozen A', 'Frozen B'])));
    expect(choiceData({ ...a })).toBe(choiceData(a));
  });
  it('is its own for another fact with the same frozen list', () => {
    const a = frozen(['Shared title']);
    const other: AnswerSpec = { ...a, fact: 'language' };
    expect(choiceData(other)).not.toBe(choiceData(a));
    expect(choiceData(a)).not.toBe(choiceData(other));
  });
  it('sees a change to a list that is not wholly frozen', () => {
    const choice = { value: 'v-0', title: 'Before' };
    const s: AnswerSpec = { fact: 'housing', kind: 'choice', choices: Object.freeze([choice]) as AnswerSpec['choices'] };
    const first = choiceData(s);
    choice.title = 'After';
    expect(choiceData(s)).not.toBe(first);
    expect(choiceData(s).titleKeys).toEqual(['after']);
  });
});
