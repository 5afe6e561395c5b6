/**
 * Data-health checks beyond schema validity, shared by `kb:check` and the tests: every amount has a
 * source and an effective date, ids are unique, every benefit has words for people, and every
 * rule's event names a known benefit.
 */
import type { Knowledge } from './knowledge';

export function dataHealth(kb: Knowledge): string[] {
  const p: string[] = [];
  if (kb.benefits.size < 66) p.push(`only ${kb.benefits.size} benefits (need every contract id)`);
  if (kb.edges.length < 120) p.push(`only ${kb.edges.length} relationships (need 120 or more)`);
  for (const [id, s] of kb.series) {
    if (s.values.length === 0) p.push(`series ${id} has no values`);
    for (const v of s.values) {
      if (!kb.sources.has(v.source)) p.push(`series ${id} from ${v.from}: unknown source ${v.source}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.from)) p.push(`series ${id}: value without an effective date`);
      if (s.unit === 'pence' && !Number.isInteger(v.value)) p.push(`series ${id} from ${v.from}: money must be whole pence`);
    }
  }
  for (const [id, rules] of kb.signpostRules) {
    if (!kb.benefits.has(id)) p.push(`rules for unknown benefit ${id}`);
    if (rules.length === 0) p.push(`benefit ${id} has no rule`);
  }
  for (const id of kb.benefitIds) if (!kb.signpostRules.has(id)) p.push(`benefit ${id} has no rule`);
  for (const e of kb.edges) if (e.sources.length === 0) p.push(`edge ${e.id} has no source`);
  return p;
}
