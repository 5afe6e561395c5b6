/** Answer specs and context shared by the understanding tests. */
import { answerSpec } from '../../src/knowledge/answerSpec';
import type { Knowledge } from '../../src/knowledge/knowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { AnswerSpec, ParseContext, ParseResult } from '../../src/understanding/answerTypes';
import { parseAnswer } from '../../src/understanding/parseAnswer';
import benefitIds from '../../knowledge/contract/benefit-ids.json';

export const ctx: ParseContext = { now: new Date('2026-11-22T12:00:00Z') };

const choices = (pairs: [string, string][]): { value: string; title: string }[] => pairs.map(([value, title]) => ({ value, title }));

export const specs = {
  consent: { fact: 'consent', kind: 'yesno' },
  age: { fact: 'age', kind: 'number', min: 0, max: 120, integer: true },
  caringHours: { fact: 'caring_hours', kind: 'number', min: 0, max: 168 },
  childrenCount: { fact: 'children_count', kind: 'number', min: 0, max: 20, integer: true },
  childrenAges: { fact: 'children_ages', kind: 'numbers', min: 0, max: 19, integer: true },
  income: { fact: 'income', kind: 'money', period: 'week' },
  savings: { fact: 'savings', kind: 'money' },
  dob: { fact: 'date_of_birth', kind: 'date' },
  nation: { fact: 'nation', kind: 'choice', choices: choices([['england', 'England'], ['wales', 'Wales'], ['scotland', 'Scotland'], ['northern-ireland', 'Northern Ireland']]) },
  housing: {
    fact: 'housing', kind: 'choice', choices: choices([
      ['rent-private', 'Renting from a private landlord'], ['rent-social', 'Renting from the council or a housing association'],
      ['own-mortgage', 'Own home with a mortgage'], ['own-outright', 'Own home outright'], ['living-with-family', 'Living with family'],
      ['temporary-or-supported', 'Temporary or supported accommodation'], ['homeless', 'Homeless']]),
  },
  employment: {
    fact: 'employment', kind: 'choice', choices: choices([
      ['employed', 'Employed'], ['self-employed', 'Self-employed'], ['not-working', 'Not working'], ['retired', 'Retired'], ['student', 'Student']]),
  },
  limitsWork: { fact: 'limits_work', kind: 'choice', choices: choices([['no', 'No'], ['limits', 'It limits the work I can do'], ['cannot-work', 'I cannot work']]) },
  immigration: {
    fact: 'immigration_status', kind: 'choice', choices: choices([
      ['british-irish', 'British or Irish citizen'], ['settled', 'Settled status or indefinite leave to remain'], ['pre-settled', 'Pre-settled status'],
      ['limited-leave-nrpf', 'A visa or other limited leave'], ['asylum-seeker', 'Asylum seeker'], ['refugee', 'Refugee'], ['unsure', 'Not sure']]),
  },
  language: { fact: 'language', kind: 'choice', choices: choices([['en', 'English'], ['cy', 'Cymraeg']]) },
  receiving: {
    fact: 'receiving', kind: 'multichoice',
    choices: [{ value: 'none', title: 'None of these' }, ...benefitIds.current.map((b) => ({ value: b.id, title: b.name }))],
  },
  text: { fact: 'notes', kind: 'text' },
} satisfies Record<string, AnswerSpec>;

let shipped: Knowledge | undefined;
const shippedSpecs = new Map<string, AnswerSpec>();
/** The spec the bot really sends for `fact` (from the shipped knowledge, loaded on first use), built once per fact. */
export function shippedSpec(fact: string): AnswerSpec {
  let s = shippedSpecs.get(fact);
  if (!s) shippedSpecs.set(fact, (s = answerSpec((shipped ??= loadKnowledge()), fact)));
  return s;
}

/** Reads `text` as a reply to `fact`'s shipped question, as the bot does. */
export const readReply = (fact: string, text: string): ParseResult => parseAnswer(shippedSpec(fact), text, ctx);
