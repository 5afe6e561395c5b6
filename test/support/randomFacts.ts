/**
 * Random but valid contract fact sets, from a seeded generator so a failure can be replayed.
 * Each fact is present with probability `density`.
 */
import { EMPLOYMENT, HOUSING, IMMIGRATION, LIMITS_WORK, NATIONS, type Facts } from '../../src/facts/facts';

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** A complete household: every contract fact set consistently. */
export function randomHousehold(r: () => number, benefitIds: readonly string[]): Required<Omit<Facts, 'date_of_birth' | 'receiving_mentioned'>> & Facts {
  const age = 16 + Math.floor(r() * 80);
  const hasPartner = r() < 0.5;
  const children = r() < 0.5 ? 0 : 1 + Math.floor(r() * 4);
  const health = r() < 0.4;
  const caring = r() < 0.25 ? pick(r, [10, 20, 35, 50]) : 0;
  const bereaved = !hasPartner && r() < 0.15;
  return {
    nation: r() < 0.9 ? pick(r, ['england', 'wales'] as const) : pick(r, NATIONS),
    age,
    has_partner: hasPartner,
    partner_age: hasPartner ? Math.max(16, age + Math.floor(r() * 20) - 10) : 0,
    children_count: children,
    children_ages: Array.from({ length: children }, () => Math.floor(r() * 19)),
    pregnant: age < 45 && r() < 0.15,
    health_condition: health,
    daily_living_needs: health && r() < 0.5,
    mobility_needs: health && r() < 0.5,
    limits_work: health ? pick(r, LIMITS_WORK) : 'no',
    terminal_illness: health && r() < 0.05,
    disabled_child: children > 0 && r() < 0.2,
    caring_hours: caring,
    cared_for_gets_disability_benefit: caring > 0 && r() < 0.7,
    employment: pick(r, EMPLOYMENT),
    work_hours: Math.floor(r() * 45),
    income: Math.round(r() * 900),
    savings: pick(r, [0, 500, 3000, 9000, 15000, 20000, 60000]),
    housing: pick(r, HOUSING),
    lives_alone: !hasPartner && r() < 0.6,
    receiving: r() < 0.5 ? [] : [pick(r, benefitIds), pick(r, benefitIds)].filter((v, i, a) => a.indexOf(v) === i),
    immigration_status: r() < 0.85 ? 'british-irish' : pick(r, IMMIGRATION),
    bereaved,
    arranging_funeral: bereaved && r() < 0.5,
    veteran_injury: health && r() < 0.1,
    work_injury: health && r() < 0.1,
    in_hospital_or_care: health && r() < 0.1,
  };
}

/** A random subset of a household's facts. */
export function partialFacts(r: () => number, full: Facts, density: number): Facts {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(full)) if (r() < density) out[k] = v;
  if (out.has_partner === false) delete out.partner_age;
  return out as Facts;
}
