/**
 * Renders an outcome as plain text: likely help grouped by theme, then what is worth checking, each
 * with why and how to claim; one checklist of documents (each once); how the benefits affect each
 * other; and the adviser offer. Used by the terminal triage and by text-only channels.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Outcome, Signpost } from '../rules/outcome';
import type { OutcomeContent } from './outcomeContent';

/** Plain-English "why" for a signpost, from its `because` fact ids and passporting. */
/** Facts that gate almost everything: shown only when nothing else explains a signpost. */
const GATE_FACTS = new Set(['nation', 'immigration_status']);

export function explainWhy(kb: Knowledge, c: OutcomeContent, s: Signpost): string {
  const specific = s.because.filter((f) => !GATE_FACTS.has(f));
  const parts = (specific.length > 0 ? specific : s.because).map((f) => c.because[f]).filter((x): x is string => Boolean(x));
  const via = (s.via ?? []).map((id) => c.via.replace('{benefit}', kb.benefits.get(id)?.name ?? id));
  const all = [...new Set([...parts, ...via])];
  return all.length > 0 ? `${capitalise(all.join(', '))}.` : '';
}

/**
 * The documents to have ready for what is likely (not already received), each listed once, in
 * first-seen order: verify once, use for every claim.
 */
export function documentChecklist(kb: Knowledge, signposts: readonly Signpost[]): string[] {
  const seen = new Set<string>();
  for (const s of signposts) {
    if (!s.received && s.likelihood === 'likely') kb.benefits.get(s.benefit)?.documents.forEach((d) => seen.add(d));
  }
  return [...seen].map((d) => kb.documents.get(d)?.label ?? d);
}

export function renderOutcomeText(kb: Knowledge, c: OutcomeContent, outcome: Outcome): string {
  const out: string[] = [c.headings.intro ?? ''];
  const received = outcome.signposts.filter((s) => s.received);
  const likely = outcome.signposts.filter((s) => !s.received && s.likelihood === 'likely');
  const possible = outcome.signposts.filter((s) => !s.received && s.likelihood === 'possible');
  if (likely.length === 0 && possible.length === 0) out.push('', c.headings.none ?? '');
  for (const [heading, list] of [[c.headings.likely, likely], [c.headings.possible, possible]] as const) {
    if (list.length === 0) continue;
    out.push('', `== ${heading} ==`);
    let theme = '';
    for (const s of list) {
      const b = kb.benefits.get(s.benefit);
      if (!b) continue;
      if (b.theme !== theme) { theme = b.theme; out.push('', `-- ${c.themes[theme] ?? theme} --`); }
      out.push(`* ${b.name}: ${b.summary}`);
      const why = explainWhy(kb, c, s);
      if (why) out.push(`  ${c.headings.why}: ${why}`);
      out.push(`  ${c.headings.claim}: ${b.claim.how}${b.claim.phone ? ` (${b.claim.phone})` : ''}`);
    }
  }
  if (received.length > 0) out.push('', `== ${c.headings.received} ==`, ...received.map((s) => `* ${kb.benefits.get(s.benefit)?.name ?? s.benefit}`));
  const docs = documentChecklist(kb, [...likely, ...possible]);
  if (docs.length > 0) out.push('', `== ${c.headings.documents} ==`, ...docs.map((d) => `[ ] ${d}`));
  if (outcome.warnings.length > 0) out.push('', `== ${c.headings.warnings} ==`, ...outcome.warnings.map((w) => `! ${w.text}`));
  if (outcome.escalation) {
    out.push('', `== ${c.headings.adviser} ==`, ...outcome.escalation.reasons.map((r) => `* ${c.reasons[r] ?? r}`));
    out.push(c.levels[outcome.escalation.level] ?? '');
  }
  return out.join('\n');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
