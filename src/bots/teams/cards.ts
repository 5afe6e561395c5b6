/**
 * Adaptive Card builders (schema 1.5) for the Teams adviser bot: a benefit's card, what it passports
 * to, two benefits together, a triage result and a handoff case. Every element a test or a later
 * update needs has a stable `id` (`summary`, `runBy`, `claim`, `rates`, `relationships`, `edge-E085`,
 * `signpost-pip`...). Pure functions of the knowledge base: no botbuilder imports.
 */
import type { Knowledge } from '../../knowledge/knowledge';
import type { Edge, EdgeType, Series } from '../../knowledge/schemas';
import type { Outcome, Signpost } from '../../rules/outcome';
import { outcomeContent } from '../../content/outcomeContent';
import { documentChecklist, explainWhy } from '../../content/renderOutcomeText';
import { benefitName, factLabel, factValue, longDate, seriesAmount, waited } from './format';
import { cardWord, fill, WORDS } from './words';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

/** `Action.Execute` verbs the bot handles in `onAdaptiveCardInvoke`. */
export const VERBS = { makeCase: 'makeCase', claimCase: 'claimCase' } as const;

export type CardElement = { type: string; id?: string; [k: string]: unknown };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: 'Full' };
  [k: string]: unknown;
}

function card(body: CardElement[], actions: CardElement[] = [], fallbackText?: string): AdaptiveCard {
  const c: AdaptiveCard = { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: ADAPTIVE_CARD_VERSION, body, msteams: { width: 'Full' } };
  if (actions.length > 0) c.actions = actions;
  if (fallbackText) c.fallbackText = fallbackText;
  return c;
}

const text = (id: string | undefined, value: string, extra: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock', ...(id ? { id } : {}), text: value, wrap: true, ...extra,
});
const heading = (value: string, id?: string): CardElement => text(id, value, { weight: 'Bolder', spacing: 'Medium' });
const title = (value: string): CardElement => text('title', value, { size: 'Large', weight: 'Bolder' });
const container = (id: string, items: CardElement[], extra: Record<string, unknown> = {}): CardElement => ({ type: 'Container', id, items, ...extra });

/** Markdown link for the first web address of a source, else its title. */
function sourceLink(kb: Knowledge, key: string): string {
  const s = kb.sources.get(key);
  if (!s) return key;
  const url = s.urls.find((u) => /^https?:\/\//.test(u));
  return url ? `[${s.title}](${url})` : s.title;
}

function sourcesLine(kb: Knowledge, keys: readonly string[], id?: string): CardElement {
  return text(id, `${cardWord('sources')}: ${keys.map((k) => sourceLink(kb, k)).join('; ')}`, { isSubtle: true, size: 'Small', spacing: 'None' });
}

function edgeSentence(kb: Knowledge, e: Edge): string {
  return `${benefitName(kb, e.from)} ${WORDS.edgeVerbs[e.type] ?? e.type} ${benefitName(kb, e.to)}`;
}

/** One relationship: "{from} {verb} {to}", its explanation and its sources. */
function edgeBlock(kb: Knowledge, e: Edge): CardElement {
  const flag = e.verified ? '' : ` (${cardWord('unverified')})`;
  return container(`edge-${e.id}`, [
    text(undefined, `**${edgeSentence(kb, e)}**${flag}`, { spacing: 'Small' }),
    text(undefined, e.explain, { spacing: 'None' }),
    sourcesLine(kb, e.sources),
  ], { spacing: 'Small' });
}

/** Value in force on `day` and the next one after it, for a dated series. */
function valuesAround(s: Series, day: string) {
  let current: Series['values'][number] | undefined;
  let next: Series['values'][number] | undefined;
  for (const v of s.values) {
    if (v.from <= day && (!current || v.from >= current.from)) current = v;
    if (v.from > day && (!next || v.from < next.from)) next = v;
  }
  return { current, next };
}

/** The rates of a benefit in force on `date`, each with the date it took effect. */
export function ratesOn(kb: Knowledge, id: string, date: Date): { series: Series; amount: string; from: string; verified: boolean; next?: { amount: string; from: string } }[] {
  const day = date.toISOString().slice(0, 10);
  const out: ReturnType<typeof ratesOn> = [];
  for (const s of kb.series.values()) {
    if (s.benefit !== id) continue;
    const { current, next } = valuesAround(s, day);
    const shown = current ?? next;
    if (!shown) continue;
    out.push({
      series: s,
      amount: seriesAmount(s.unit, shown.value, s.period),
      from: shown.from,
      verified: shown.verified,
      ...(current && next ? { next: { amount: seriesAmount(s.unit, next.value, s.period), from: next.from } } : {}),
    });
  }
  return out;
}

/**
 * A benefit's card: summary, who runs it, how to claim (phone, web, form), the rates in force on
 * `date` with their effective dates, and every relationship touching it with explanation and sources
 * (most telling first; trimmed to `maxRelationships` and to what Teams accepts, with a note saying so).
 */
export function benefitCard(kb: Knowledge, id: string, date: Date, opts: { maxRelationships?: number } = {}): AdaptiveCard {
  const maxRelationships = opts.maxRelationships ?? Number.POSITIVE_INFINITY;
  const b = kb.benefits.get(id);
  if (!b) throw new Error(`unknown benefit ${id}`);
  const claimItems: CardElement[] = [heading(cardWord('claim')), text('claimHow', b.claim.how, { spacing: 'None' })];
  if (b.claim.phone) claimItems.push(text('claimPhone', `${cardWord('phone')}: ${b.claim.phone}`, { spacing: 'None' }));
  if (b.claim.url) claimItems.push(text('claimUrl', `${cardWord('online')}: [${b.claim.url}](${b.claim.url})`, { spacing: 'None' }));
  if (b.claim.form) claimItems.push(text('claimForm', `${cardWord('form')}: ${b.claim.form}`, { spacing: 'None' }));

  const rates = ratesOn(kb, id, date);
  const rateItems: CardElement[] = [heading(cardWord('ratesOn', { date: longDate(date) }))];
  if (rates.length === 0) rateItems.push(text('noRates', cardWord('noRates'), { isSubtle: true }));
  for (const r of rates) {
    const parts = [`${r.amount} (${cardWord('fromDate', { date: longDate(r.from) })}${r.verified ? '' : `, ${cardWord('unverified')}`})`];
    if (r.next) parts.push(cardWord('nextRate', { amount: r.next.amount, date: longDate(r.next.from) }));
    rateItems.push(text(`rate-${r.series.id}`, `${r.series.label}: **${parts.join('; ')}**`, { spacing: 'Small' }));
  }

  const edges = kb.edges.filter((e) => e.from === id || e.to === id)
    .map((e, i) => ({ e, i }))
    .sort((x, y) => edgeWeight(x.e.type) - edgeWeight(y.e.type) || x.i - y.i)
    .map((x) => x.e);
  const relItems: CardElement[] = [heading(cardWord('relationships'))];
  if (edges.length === 0) relItems.push(text('noRelationships', cardWord('noRelationships'), { isSubtle: true }));
  relItems.push(...edges.map((e) => edgeBlock(kb, e)));

  const notes = [...b.notes.map((n) => `- ${n}`), ...(b.unverified.length > 0 ? [`**${cardWord('unverifiedPoints')}**`, ...b.unverified.map((n) => `- ${n}`)] : [])];
  const body: CardElement[] = [
    title(b.name),
    text('summary', b.summary),
    text('runBy', `**${cardWord('runBy')}:** ${b.runBy}`),
    container('claim', claimItems),
    container('rates', rateItems),
    container('relationships', relItems),
  ];
  const actions: CardElement[] = [];
  if (notes.length > 0) {
    body.push(container('notes', [heading(cardWord('notes')), text(undefined, notes.join('\n'))], { isVisible: false }));
    actions.push({ type: 'Action.ToggleVisibility', id: 'toggleNotes', title: cardWord('notes'), targetElements: ['notes'] });
  }
  body.push(sourcesLine(kb, b.sources, 'sources'));
  if (b.claim.url) actions.push({ type: 'Action.OpenUrl', id: 'openClaim', title: cardWord('openClaim'), url: b.claim.url });
  const built = card(body, actions, `${b.name}: ${b.summary}`);
  // Teams rejects messages over about 28 KB: drop the least telling relationships until the card fits.
  let dropped = 0;
  while ((JSON.stringify(built).length > MAX_CARD_CHARS - 400 || relItems.length - 1 > maxRelationships) && relItems.length > 1) {
    relItems.pop();
    dropped++;
  }
  if (dropped > 0) relItems.push(text('moreRelationships', cardWord('moreRelationships', { count: dropped, name: b.name }), { isSubtle: true }));
  return built;
}

/** Largest card body (JSON characters) sent to Teams; its limit is about 28 KB for the whole message. */
export const MAX_CARD_CHARS = 22_000;

/** Relationship types that matter most to an adviser come first on a benefit's card. */
const EDGE_PRIORITY: readonly EdgeType[] = [
  'excludes', 'overlaps-with', 'removes', 'counts-as-income-for', 'requires', 'passports-to', 'adds-to', 'exempts-from',
  'replaced-by', 'migration', 'recovered-if', 'disregarded-by', 'compatible-with', 'does-not-passport-to',
];
function edgeWeight(t: EdgeType): number {
  const i = EDGE_PRIORITY.indexOf(t);
  return i < 0 ? EDGE_PRIORITY.length : i;
}

/** What a benefit passports to (and, listed apart, what it does not), with conditions and sources. */
export function passportCard(kb: Knowledge, id: string): AdaptiveCard {
  const name = benefitName(kb, id);
  const yes = kb.edges.filter((e) => e.from === id && e.type === 'passports-to');
  const no = kb.edges.filter((e) => e.from === id && e.type === 'does-not-passport-to');
  const body: CardElement[] = [title(cardWord('passportTitle', { name }))];
  if (yes.length === 0) body.push(text('none', cardWord('passportNone', { name })));
  else {
    body.push(container('passports', yes.map((e) => container(`passport-${e.to}`, [
      text(undefined, `**${benefitName(kb, e.to)}**${e.max === 'possible' ? ` (${cardWord('possibleOnly')})` : ''}`, { spacing: 'Small' }),
      text(undefined, e.explain, { spacing: 'None' }),
      sourcesLine(kb, e.sources),
    ], { spacing: 'Small' }))));
  }
  if (no.length > 0) {
    body.push(container('notPassports', [heading(cardWord('notPassports')), ...no.map((e) => container(`not-${e.to}`, [
      text(undefined, `**${benefitName(kb, e.to)}**`, { spacing: 'Small' }),
      text(undefined, e.explain, { spacing: 'None' }),
      sourcesLine(kb, e.sources),
    ]))]));
  }
  return card(body, [], cardWord('passportTitle', { name }));
}

/** Most restrictive first: the verdict a pair of benefits gets from the edges between them. */
const VERDICT_ORDER: readonly (EdgeType | 'compatible')[] = ['excludes', 'overlaps-with', 'removes', 'requires', 'counts-as-income-for'];

/** The edges between two benefits (either direction), the plain verdict they add up to, and the card. */
export function togetherCard(kb: Knowledge, a: string, b: string): AdaptiveCard {
  const between = kb.edges.filter((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
  const types = new Set(between.map((e) => e.type));
  const verdictKey = between.length === 0 ? 'none' : VERDICT_ORDER.find((t) => types.has(t as EdgeType)) ?? 'compatible';
  const body: CardElement[] = [
    title(cardWord('togetherTitle', { a: benefitName(kb, a), b: benefitName(kb, b) })),
    text('verdict', WORDS.together[verdictKey] ?? verdictKey, { weight: 'Bolder', color: verdictKey === 'none' ? 'Warning' : 'Default' }),
  ];
  if (between.length > 0) body.push(container('relationships', between.map((e) => edgeBlock(kb, e))));
  return card(body, [], WORDS.together[verdictKey]);
}

export interface ResultCardOptions {
  /** Shown at the top, e.g. "Case C-7KQ2MX created". */
  status?: string;
  /** True when the triage stopped before every question was answered. */
  partial?: boolean;
  /** Offer "Make this a case" (default true). */
  offerCase?: boolean;
}

/** Facts shown first on result and case cards, in this order. */
export const KEY_FACTS = [
  'nation', 'age', 'date_of_birth', 'has_partner', 'partner_age', 'children_count', 'children_ages', 'housing', 'income', 'savings',
  'employment', 'work_hours', 'health_condition', 'caring_hours', 'receiving', 'immigration_status',
] as const;

function factSet(kb: Knowledge, id: string, facts: Record<string, unknown>, which: readonly string[]): CardElement {
  const known = which.filter((f) => facts[f] !== undefined);
  return { type: 'FactSet', id, facts: known.map((f) => ({ title: factLabel(f), value: factValue(kb, f, facts[f]) })) };
}

/**
 * A triage result: signposts grouped likely / worth checking (each with why and how to claim),
 * what the household already gets, warnings, the documents checklist, any adviser flags, and an
 * `Action.Execute` "Make this a case" (verb `makeCase`, data `{ facts }`).
 */
export function resultCard(kb: Knowledge, outcome: Outcome, opts: ResultCardOptions = {}): AdaptiveCard {
  const content = outcomeContent('en');
  const facts = outcome.facts as Record<string, unknown>;
  const received = outcome.signposts.filter((s) => s.received);
  const likely = outcome.signposts.filter((s) => !s.received && s.likelihood === 'likely');
  const possible = outcome.signposts.filter((s) => !s.received && s.likelihood === 'possible');
  const body: CardElement[] = [title(cardWord('resultTitle'))];
  if (opts.status) body.push(text('caseStatus', opts.status, { weight: 'Bolder', color: 'Good' }));
  if (opts.partial) body.push(text('partial', cardWord('partialResult'), { color: 'Warning' }));
  body.push(container('keyFacts', [heading(cardWord('keyFacts')), factSet(kb, 'factSet', facts, Object.keys(facts).sort((x, y) => keyOrder(x) - keyOrder(y)))]));
  if (outcome.escalation) {
    body.push(container('escalation', [
      heading(`${cardWord('escalation')}: ${WORDS.levels[outcome.escalation.level] ?? outcome.escalation.level}`),
      ...outcome.escalation.reasons.map((r) => text(`reason-${r}`, `- ${WORDS.reasons[r] ?? r}`, { spacing: 'None' })),
    ], { style: outcome.escalation.level === 'urgent' ? 'attention' : 'warning' }));
  }
  const signpost = (s: Signpost): CardElement => {
    const b = kb.benefits.get(s.benefit);
    const why = explainWhy(kb, content, s);
    return container(`signpost-${s.benefit}`, [
      text(undefined, `**${b?.name ?? s.benefit}**`, { spacing: 'Small' }),
      ...(why ? [text(undefined, `${cardWord('why')}: ${why}`, { spacing: 'None' })] : []),
      text(undefined, `${cardWord('claimShort')}: ${s.claim}`, { spacing: 'None', isSubtle: true }),
    ], { spacing: 'Small' });
  };
  if (likely.length === 0 && possible.length === 0) body.push(text('none', cardWord('none')));
  if (likely.length > 0) body.push(container('likely', [heading(`${cardWord('likely')} (${likely.length})`), ...likely.map(signpost)]));
  if (possible.length > 0) body.push(container('possible', [heading(`${cardWord('possible')} (${possible.length})`), ...possible.map(signpost)]));
  if (received.length > 0) body.push(container('received', [heading(cardWord('received')), text(undefined, received.map((s) => benefitName(kb, s.benefit)).join(', '))]));
  if (outcome.warnings.length > 0) {
    body.push(container('warnings', [heading(cardWord('warnings')), ...outcome.warnings.map((w) => text(`warning-${w.edge}`, `⚠ ${w.text}`, { spacing: 'Small' }))]));
  }
  const docs = documentChecklist(kb, [...likely, ...possible]);
  if (docs.length > 0) body.push(container('documents', [heading(cardWord('documents')), ...docs.map((d, i) => text(`document-${i + 1}`, `☐ ${d}`, { spacing: 'None' }))]));
  const actions: CardElement[] = opts.offerCase === false ? [] : [{
    type: 'Action.Execute', id: 'makeCase', title: cardWord('makeCase'), verb: VERBS.makeCase, data: { facts: outcome.facts },
  }];
  const fallback = [...likely, ...possible].map((s) => benefitName(kb, s.benefit)).join(', ');
  return card(body, actions, `${cardWord('resultTitle')}: ${fallback || cardWord('none')}`);
}

function keyOrder(f: string): number {
  const i = (KEY_FACTS as readonly string[]).indexOf(f);
  return i < 0 ? 100 : i;
}

/** The plain case shape the queue card needs (a subset of the handoff `Case`). */
export interface CaseCardInput {
  id: string;
  level: string;
  reasons: readonly string[];
  facts: Record<string, unknown>;
  /** ISO timestamp. */
  createdAt: string;
  /** When it last joined the queue (ISO); waiting time counts from here, else from `createdAt`. */
  queuedAt?: string;
  status: 'queued' | 'claimed' | 'closed' | string;
  agentId?: string;
  /** Display name of the adviser who claimed it, when known. */
  agentName?: string;
}

/**
 * A handoff case for the advisers' channel: level, reasons, key facts and waiting time, with a
 * Claim button (`Action.Execute`, verb `claimCase`, data `{ caseId }`) while it is queued. After a
 * claim the same builder renders the claimed card (no button) to update the message for everyone.
 */
export function caseCard(c: CaseCardInput, now: Date = new Date(), kb?: Knowledge): AdaptiveCard {
  const facts = c.facts;
  const known = Object.keys(facts).filter((f) => facts[f] !== undefined).sort((x, y) => keyOrder(x) - keyOrder(y)).slice(0, 12);
  const status = c.status === 'queued'
    ? cardWord('waiting', { minutes: waited(c.queuedAt ?? c.createdAt, now) })
    : c.status === 'claimed'
      ? ((c.agentName ?? c.agentId) ? cardWord('claimedBy', { agent: c.agentName ?? c.agentId ?? '' }) : cardWord('claimedBySomeone'))
      : cardWord('closed');
  const body: CardElement[] = [
    title(cardWord('caseTitle', { id: c.id })),
    text('level', WORDS.levels[c.level] ?? c.level, { weight: 'Bolder', color: c.level === 'urgent' ? 'Attention' : c.level === 'adviser' ? 'Warning' : 'Default' }),
    container('reasons', [heading(cardWord('reasons')), ...c.reasons.map((r) => text(`reason-${r}`, `- ${WORDS.reasons[r] ?? r}`, { spacing: 'None' }))]),
    container('keyFacts', [heading(cardWord('keyFacts')), {
      type: 'FactSet', id: 'factSet',
      facts: known.map((f) => ({ title: factLabel(f), value: kb ? factValue(kb, f, facts[f]) : plainValue(facts[f]) })),
    }]),
    text('status', status, { isSubtle: c.status !== 'queued', weight: c.status === 'queued' ? 'Bolder' : 'Default' }),
  ];
  const actions: CardElement[] = c.status === 'queued'
    ? [{ type: 'Action.Execute', id: 'claimCase', title: cardWord('claim_button'), verb: VERBS.claimCase, data: { caseId: c.id } }]
    : [];
  return card(body, actions, fill('{id}: {status}', { id: c.id, status }));
}

function plainValue(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** Finds an element by id anywhere in a card (tests and updates). */
export function findById(node: unknown, id: string): CardElement | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const f = findById(n, id);
      if (f) return f;
    }
    return undefined;
  }
  const o = node as Record<string, unknown>;
  if (o.id === id && typeof o.type === 'string') return o as CardElement;
  for (const key of ['body', 'items', 'actions', 'columns', 'card']) {
    const f = findById(o[key], id);
    if (f) return f;
  }
  return undefined;
}

/** All the text of an element and its children, joined with newlines (for tests and fallbacks). */
export function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  if (Array.isArray(node)) return node.map(textOf).filter(Boolean).join('\n');
  const o = node as Record<string, unknown>;
  const own = [typeof o.text === 'string' ? o.text : '', typeof o.title === 'string' && o.type !== 'AdaptiveCard' ? o.title : ''];
  if (Array.isArray(o.facts)) for (const f of o.facts as { title: string; value: string }[]) own.push(`${f.title}: ${f.value}`);
  return [...own, textOf(o.body), textOf(o.items), textOf(o.columns)].filter(Boolean).join('\n');
}
