/**
 * The canonical triage facts of `knowledge/contract/facts.json` (a copy of the public contract), as
 * typed code. Money is in pounds as the contract says: `income` is pounds a week, `savings` pounds.
 * A fact that is absent is unknown: nothing is ever stored on a guess.
 */
import { z } from 'zod';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export const LIMITS_WORK = ['no', 'limits', 'cannot-work'] as const;
export const EMPLOYMENT = ['employed', 'self-employed', 'not-working', 'retired', 'student'] as const;
export const HOUSING = [
  'rent-private', 'rent-social', 'own-mortgage', 'own-outright', 'living-with-family', 'temporary-or-supported', 'homeless',
] as const;
export const IMMIGRATION = [
  'british-irish', 'settled', 'pre-settled', 'limited-leave-nrpf', 'asylum-seeker', 'refugee', 'unsure',
] as const;

const age = z.number().int().min(0).max(120);
const pounds = z.number().min(0).max(10_000_000);
const hours = z.number().min(0).max(168);

const benefitIds = z.array(z.string().regex(/^[a-z0-9-]+$/)).max(40);

/** Every contract fact with its type. All optional: absent means unknown. */
const contractFactsSchema = z.object({
  nation: z.enum(NATIONS),
  age,
  /** ISO date YYYY-MM-DD. */
  date_of_birth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  has_partner: z.boolean(),
  partner_age: age,
  children_count: z.number().int().min(0).max(20),
  /** Years; 0 for under one. */
  children_ages: z.array(z.number().int().min(0).max(19)).max(20),
  pregnant: z.boolean(),
  health_condition: z.boolean(),
  daily_living_needs: z.boolean(),
  mobility_needs: z.boolean(),
  limits_work: z.enum(LIMITS_WORK),
  terminal_illness: z.boolean(),
  disabled_child: z.boolean(),
  /** Hours a week; 0 for none. */
  caring_hours: hours,
  cared_for_gets_disability_benefit: z.boolean(),
  employment: z.enum(EMPLOYMENT),
  /** Hours a week. */
  work_hours: hours,
  /** Household take-home income, pounds a week. */
  income: pounds,
  /** Household savings and investments, pounds. */
  savings: pounds,
  housing: z.enum(HOUSING),
  lives_alone: z.boolean(),
  /** Benefit ids from benefit-ids.json; empty for none. */
  receiving: benefitIds,
  immigration_status: z.enum(IMMIGRATION),
  bereaved: z.boolean(),
  arranging_funeral: z.boolean(),
  veteran_injury: z.boolean(),
  work_injury: z.boolean(),
  in_hospital_or_care: z.boolean(),
});

/**
 * The contract facts plus the knowledge base's own: `receiving_mentioned`, benefits the person said in
 * passing they get (an opening statement) before being asked what they get. It is not the full list:
 * they may get others, so `receiving` stays unknown until asked, and the answer then takes these in.
 * It never appears in an outcome's `facts` (those are contract facts only).
 */
export const factsSchema = contractFactsSchema.extend({ receiving_mentioned: benefitIds }).partial().strict();

export type Facts = z.infer<typeof factsSchema>;
/** A contract fact id. */
export type FactId = keyof z.infer<typeof contractFactsSchema>;
/** The contract's fact ids, in contract order. */
export const FACT_IDS = Object.keys(contractFactsSchema.shape) as FactId[];

/** Kinds as the contract names them: how a channel renders the question and how a reply is parsed. */
export type FactKind = 'yesno' | 'number' | 'numbers' | 'money' | 'date' | 'choice' | 'multichoice' | 'text';

/** Control ids: asked like facts, but about the conversation rather than the household. */
export const CONTROL_IDS = ['consent', 'language', 'wants_adviser'] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

const FACT_ID_SET: ReadonlySet<string> = new Set(FACT_IDS);

export function isFactId(id: string): id is FactId {
  return FACT_ID_SET.has(id);
}
