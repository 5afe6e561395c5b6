/**
 * The outcome in chat-sized pages: a short summary first (likely help by theme, then what is worth
 * checking), then details (why and how to claim) a few at a time, the documents checklist, and how
 * the benefits affect each other. "show more" moves through the pages.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Outcome, Signpost } from '../rules/outcome';
import type { OutcomeContent } from '../content/outcomeContent';
import { documentChecklist, explainWhy } from '../content/renderOutcomeText';

const DETAILS_PER_PAGE = 3;

export function outcomePages(kb: Knowledge, c: OutcomeContent, outcome: Outcome): string[] {
  const received = outcome.signposts.filter((s) => s.received);
  const likely = outcome.signposts.filter((s) => !s.received && s.likelihood === 'likely');
  const possible = outcome.signposts.filter((s) => !s.received && s.likelihood === 'possible');
  const name = (s: Signpost) => kb.benefits.get(s.benefit)?.name ?? s.benefit;

  const summary: string[] = [c.headings.intro ?? ''];
  if (likely.length === 0 && possible.length === 0) summary.push('', c.headings.none ?? '');
  if (likely.length > 0) summary.push('', `**${c.headings.likely}:**`, ...byTheme(kb, c, likely, name));
  if (possible.length > 0) summary.push('', `**${c.headings.possible}:**`, ...possible.map((s) => `- ${name(s)}`));
  if (received.length > 0) summary.push('', `**${c.headings.received}:** ${received.map(name).join(', ')}`);
  const pages = [summary.join('\n')];

  const detailed = [...likely, ...possible];
  for (let i = 0; i < detailed.length; i += DETAILS_PER_PAGE) {
    pages.push(detailed.slice(i, i + DETAILS_PER_PAGE).map((s) => details(kb, c, s)).join('\n\n'));
  }
  const docs = documentChecklist(kb, outcome.signposts);
  if (docs.length > 0) pages.push([`**${c.headings.documents}:**`, ...docs.map((d) => `- ${d}`)].join('\n'));
  if (outcome.warnings.length > 0) pages.push([`**${c.headings.warnings}:**`, ...outcome.warnings.map((w) => `- ${w.text}`)].join('\n'));
  return pages;
}

/** The adviser paragraph when the engine escalates. */
export function escalationText(c: OutcomeContent, outcome: Outcome): string | undefined {
  const e = outcome.escalation;
  if (!e) return undefined;
  return [...e.reasons.map((r) => c.reasons[r]).filter(Boolean), c.levels[e.level] ?? ''].join('\n\n');
}

function byTheme(kb: Knowledge, c: OutcomeContent, list: Signpost[], name: (s: Signpost) => string): string[] {
  const out: string[] = [];
  let theme = '';
  for (const s of list) {
    const t = kb.benefits.get(s.benefit)?.theme ?? '';
    if (t !== theme) { theme = t; out.push(`_${c.themes[t] ?? t}_`); }
    out.push(`- ${name(s)}`);
  }
  return out;
}

function details(kb: Knowledge, c: OutcomeContent, s: Signpost): string {
  const b = kb.benefits.get(s.benefit);
  if (!b) return s.benefit;
  const why = explainWhy(kb, c, s);
  return [
    `**${b.name}**${s.likelihood === 'possible' ? ` (${c.headings.possible?.toLowerCase()})` : ''}`,
    b.summary,
    why ? `${c.headings.why}: ${why}` : '',
    `${c.headings.claim}: ${b.claim.how}${b.claim.phone ? ` Phone ${b.claim.phone}.` : ''}`,
  ].filter(Boolean).join('\n\n');
}
