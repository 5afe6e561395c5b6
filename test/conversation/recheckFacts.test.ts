/**
 * Reading stored state with the facts the engine checked last turn gives exactly what the full
 * parse gives: the same state for facts that fit, and an error for facts that do not, whatever the
 * checked facts are (another household's, none, the same ones).
 */
import { readTriageState, newTriageState, type TriageState } from '../../src/conversation/triageState';
import { recheckFacts } from '../../src/rules/recheckFacts';
import { factsSchema, type Facts } from '../../src/facts/facts';
import { HOUSEHOLDS } from '../households/households';

const households = HOUSEHOLDS.map((h) => factsSchema.parse(h.facts));
const stored = (facts: unknown): unknown =>
  JSON.parse(JSON.stringify({ ...newTriageState(), consent: true, stage: 'asking', facts, answered: Object.keys(facts ?? {}) }));

/** Every kind of checked facts a turn can bring: none, the same, a neighbour's, half of them, empty. */
function checkedFor(i: number): [string, Facts | undefined][] {
  const own = households[i]!;
  const half = Object.fromEntries(Object.entries(own).filter((_, j) => j % 2 === 0)) as Facts;
  return [['none', undefined], ['the same', own], ["another household's", households[(i + 1) % households.length]], ['half', half], ['empty', {}]];
}

/** Stored facts that must be refused, each next to facts that are fine. */
const BAD: [string, (f: Facts) => unknown][] = [
  ['an age below 0', (f) => ({ ...f, age: -1 })],
  ['an age in words', (f) => ({ ...f, age: 'seventy' })],
  ['a fractional age', (f) => ({ ...f, age: 70.5 })],
  ['a nation not in the list', (f) => ({ ...f, nation: 'france' })],
  ['a key the contract does not have', (f) => ({ ...f, rent: 120 })],
  ['a benefit id with capitals', (f) => ({ ...f, receiving: ['PIP'] })],
  ['a child age as text', (f) => ({ ...f, children_ages: ['3'] })],
  ['null for a yes/no', (f) => ({ ...f, has_partner: null })],
  ['a list for a number', (f) => ({ ...f, income: [300] })],
  ['facts as a list', () => [1, 2]],
  ['facts as text', () => 'age 70'],
  ['facts missing', () => undefined],
];

describe('readTriageState with checked facts gives what the full parse gives', () => {
  test.each(households.map((f, i) => [i, f] as const))('household %i, every kind of checked facts', (i, facts) => {
    const raw = stored(facts);
    const full = readTriageState(raw) as TriageState;
    for (const [, checked] of checkedFor(i)) {
      const fast = readTriageState(raw, checked) as TriageState;
      expect(fast).toEqual(full);
      expect(fast.facts).toEqual(facts);
    }
  });

  test.each(BAD)('refuses %s, whatever was checked before', (_name, bad) => {
    households.forEach((facts, i) => {
      const raw = stored(bad(facts));
      expect(() => readTriageState(raw)).toThrow();
      for (const [, checked] of checkedFor(i)) expect(() => readTriageState(raw, checked)).toThrow();
    });
  });

  test('the facts read are a copy: changing them leaves the stored lists alone', () => {
    const facts = households.find((f) => Array.isArray(f.children_ages) && f.children_ages.length > 0)!;
    const raw = stored(facts) as { facts: Facts };
    const read = readTriageState(raw, facts) as TriageState;
    read.facts.children_ages!.push(1);
    expect(raw.facts.children_ages).toEqual(facts.children_ages);
  });
});

describe('recheckFacts', () => {
  test('checks a changed value against its field, and gives up on anything it cannot vouch for', () => {
    const checked = households[0]!;
    expect(recheckFacts({ ...checked, age: 40 }, checked)?.facts).toEqual({ ...checked, age: 40 });
    expect(recheckFacts({ ...checked, age: 400 }, checked)).toBeUndefined();
    expect(recheckFacts({ age: undefined }, checked)).toBeUndefined();
    expect(recheckFacts(null, checked)).toBeUndefined();
  });
});
