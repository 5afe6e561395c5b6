/**
 * Pulls every fact it can find with confidence from a person's opening statement, e.g. "I'm 74, my
 * wife is 71, we rent privately and get about £360 a week in pensions" → { age: 74, has_partner:
 * true, partner_age: 71, housing: 'rent-private', income: 360 }. Only facts it is sure of: nothing
 * is inferred that was not said, and conflicting statements leave a fact out.
 */
import { factsSchema, type Facts } from '../facts/facts';
import type { ParseContext } from './answerTypes';
import { clausesOf, segmentsOf } from './clauses';
import { digitise } from './digitise';
import { extractCaring, extractMoney } from './extractAmounts';
import { extractChoices } from './extractChoices';
import { extractAges } from './extractAges';
import { extractHealth } from './extractHealth';
import { extractChildren, extractFuneral, extractPartner, extractPregnancy } from './extractPeople';
import { extractStatus } from './extractStatus';
import { extractWork } from './extractWork';
import { normalise, phraseKey } from './normalise';

/** Longest statement read, in characters; the rest is ignored (cut at a word boundary). */
export const MAX_STATEMENT_CHARS = 2000;

function cut(text: string): string {
  if (text.length <= MAX_STATEMENT_CHARS) return text;
  const head = text.slice(0, MAX_STATEMENT_CHARS);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : '';
}

/**
 * Facts found in `text`, in canonical units (income in pounds a week, savings in pounds, caring in
 * hours a week). A fact that is absent was not found or not clear. Never throws.
 */
export function extractFacts(text: string, ctx: ParseContext): Partial<Facts> {
  if (typeof text !== 'string') return {};
  try {
    const plain = normalise(cut(text)).replace(/(\d+(?:\.\d+)?)\s?k\b/g, (_m, n: string) => `£${Number(n) * 1000}`);
    const digits = digitise(plain) ?? plain;
    const keyed = phraseKey(digits);
    if (keyed.length === 0) return {};
    const clauses = clausesOf(keyed);
    const segments = segmentsOf(keyed);
    const ages = extractAges(keyed, clauses, ctx.question);
    const partner = extractPartner(clauses, ctx.now, ages.partner_age !== undefined);
    const work = extractWork(clauses, segments);
    const health = extractHealth(clauses);
    const found: Partial<Facts> = {
      ...ages,
      ...partner,
      ...extractChildren(clauses),
      ...extractPregnancy(clauses),
      ...extractFuneral(segments),
      ...extractChoices(clauses, segments),
      ...extractStatus(clauses),
      ...health,
      ...work,
      ...extractMoney(segments, { employment: work.employment, partner: partner.has_partner === true }),
      ...extractCaring(clauses),
    };
    if (health.health_condition || work.health_condition) found.health_condition = true;
    const kept: Partial<Facts> = {};
    for (const [key, value] of Object.entries(found)) {
      const checked = factsSchema.safeParse({ [key]: value });
      if (checked.success) Object.assign(kept, checked.data);
    }
    return kept;
  } catch {
    return {};
  }
}
