/**
 * The date of birth question is asked only while `dob_matters` holds. That is safe only if nothing
 * else can need a date of birth: here, over the household tables and ages 0 to 120 (each one from 55 to 75) on
 * dates across the State Pension age rise, no main benefit and no escalation is ever blocked on
 * `date_of_birth` while `dob_matters` is false, and the planner with the guard asks the same
 * questions in the same order, and gives the same outcome, as the planner without it.
 */
import { Assessment } from '../../src/rules/assessment';
import { escalationBlocking } from '../../src/rules/evaluate';
import { createEngine } from '../../src/rules';
import type { Knowledge } from '../../src/knowledge/knowledge';
import type { Facts } from '../../src/facts/facts';
import { testEngine } from '../support/knowledge';
import { HOUSEHOLDS } from '../households/households';

const kb = testEngine().kb;
const guarded = testEngine();

/** The shipped knowledge with the date of birth question asked whenever the planner finds it needed. */
function withoutGuard(k: Knowledge): Knowledge {
  const dob = k.questionByFact.get('date_of_birth');
  if (!dob?.askWhen) throw new Error('the date_of_birth question has no askWhen: this test is out of date');
  const plain = { ...dob, askWhen: undefined };
  const questionByFact = new Map(k.questionByFact);
  questionByFact.set('date_of_birth', plain);
  return { ...k, questions: k.questions.map((q) => (q.fact === 'date_of_birth' ? plain : q)), questionByFact };
}
const unguarded = createEngine(withoutGuard(kb));

const DATES = ['2026-11-22', '2027-03-01', '2027-09-01', '2028-03-01', '2028-09-01', '2031-01-01'].map((d) => new Date(`${d}T12:00:00Z`));
const mains = kb.benefitIds.filter((id) => !kb.settings.minorBenefits.includes(id) && !kb.settings.followOnBenefits.includes(id));

/** Every age from 0 to 120 near State Pension age (55 to 75), every fifth one elsewhere. */
const AGES = Array.from({ length: 121 }, (_, age) => age).filter((age) => (age >= 55 && age <= 75) || age % 5 === 0);

/** Households from the tables, and a single person and a couple at every age. */
const households: Facts[] = [
  ...HOUSEHOLDS.map((h) => h.facts as Facts),
  ...AGES.map((age) => ({ nation: 'england', age, has_partner: false } as Facts)),
  ...AGES.map((age) => ({ nation: 'wales', age, has_partner: true, partner_age: Math.min(120, Math.max(16, 130 - age)) } as Facts)),
  ...Array.from({ length: 21 }, (_, i) => ({ nation: 'england', age: 60 + (i % 10), has_partner: true, partner_age: 55 + i, income: 150, savings: 0 } as Facts)),
];

/** The fact sets a triage of this household passes through (what the planner asks, in order). */
function walk(engine: typeof guarded, all: Facts, date: Date): { asked: string[]; outcome: unknown } {
  let facts: Record<string, unknown> = {};
  const skipped = new Set<string>();
  const asked: string[] = [];
  for (let i = 0; i < 80; i++) {
    const { next, outcome } = engine.step(facts as Facts, date, skipped);
    if (!next) return { asked, outcome };
    asked.push(next.fact);
    const v = (all as Record<string, unknown>)[next.fact];
    if (v !== undefined) facts = { ...facts, [next.fact]: v };
    else skipped.add(next.fact);
  }
  throw new Error('triage did not end');
}

describe('only dob_matters asks for a date of birth', () => {
  test('nothing is blocked on date_of_birth while dob_matters is false, on any date', () => {
    let blockedSomewhere = 0;
    for (const date of DATES) {
      for (const full of households) {
        // Every prefix of the household's facts, as a triage fills them in.
        const entries = Object.entries(full);
        for (let n = 0; n <= entries.length; n++) {
          const a = new Assessment(kb, Object.fromEntries(entries.slice(0, n)) as Facts, date);
          const blocked = mains.some((id) => a.benefit(id).blocking.includes('date_of_birth')) || escalationBlocking(a).has('date_of_birth');
          if (blocked) blockedSomewhere += 1;
          if (blocked) expect(a.fact('dob_matters').value).toBe(true);
        }
      }
    }
    // The check means something only if a date of birth is sometimes needed.
    expect(blockedSomewhere).toBeGreaterThan(0);
  });

  test('with and without the guard, the planner asks the same questions and gives the same outcome', () => {
    let askedDob = 0;
    for (const date of [DATES[0]!, DATES[2]!, DATES[5]!]) {
      for (const full of households) {
        const facts = { ...full, date_of_birth: undefined } as Record<string, unknown>;
        delete facts.date_of_birth;
        const withDob = { ...facts, date_of_birth: '1960-06-15' } as Facts;
        for (const h of [facts as Facts, withDob]) {
          const a = walk(guarded, h, date);
          const b = walk(unguarded, h, date);
          expect(a).toEqual(b);
          if (a.asked.includes('date_of_birth')) askedDob += 1;
        }
      }
    }
    expect(askedDob).toBeGreaterThan(0);
  });
});
