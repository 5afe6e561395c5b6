/**
 * Immigration status from an opening statement: "we have refugee status", "I'm an EU citizen with
 * pre-settled status" (never also read as settled), "indefinite leave to remain", "I am asylum
 * seeker", "visa with no recourse to public funds". Said of the person (or "we"); a status only
 * applied for or waited on ("applied for settled status") does not count, and two statuses leave it unknown.
 */
import type { Facts } from '../facts/facts';
import type { Clause } from './clauses';
import { extractionData } from './extractionData';
import { findPhrases } from './phrases';

/** Words before a status that make it pending, not held ("applied for", "waiting on"). */
const PENDING = /(?:^| )(?:applied for|applying for|apply for|waiting for|waiting on|waiting to hear about|hoping for|hoping to get|want|need|get|getting|lost|refused)(?: (?:my|our|the|a|an))? $/;
/** Statuses whose names are themselves a claim ("applied for asylum"): pending words do not undo them. */
const CLAIMS = new Set(['asylum-seeker']);

/** The person's immigration status, when one is clearly said. */
export function extractStatus(clauses: Clause[]): Partial<Facts> {
  const entries = extractionData().phrases['immigration_status'] ?? [];
  const values = new Set<string>();
  for (const c of clauses.filter((x) => x.subject === 'self')) {
    for (const h of findPhrases(c.text, entries)) {
      if (!CLAIMS.has(h.value) && PENDING.test(c.text.slice(0, h.start))) continue;
      values.add(h.value);
    }
  }
  return values.size === 1 ? { immigration_status: [...values][0] as Facts['immigration_status'] } : {};
}
