/**
 * Bot activities as text messages. The dialogs stay channel-neutral; this is where a question
 * becomes "Reply 1 for England, 2 for Wales...", markdown becomes plain text, links get shorter,
 * and one turn's replies become one message of at most three parts, keeping the question whole
 * and holding the rest back for "MORE". Framework-free apart from the Activity type.
 */
import type { Activity } from 'botbuilder';
import { cutToFit, countSegments, normaliseForSms } from './segments';
import { smsContent, type SmsContent } from './smsContent';

/** Parts (segments) one reply may use. */
export const MAX_REPLY_SEGMENTS = 3;
/** Choices beyond this many are not listed: people type the names. */
export const MAX_LISTED_CHOICES = 10;
/** Choice lists this short, with titles this short, go on one line. */
const INLINE_MAX_CHOICES = 5;
const INLINE_MAX_TITLE = 24;

/** What a question offered, so a reply "2" can be mapped back. */
export interface SmsAsk {
  /** The fact asked (from `channelData.triage.ask`), if any. */
  fact?: string;
  kind: string;
  /** The titles offered, in the order numbered; empty when none were numbered. */
  titles: string[];
  /** Whether several numbers may be given (multichoice). */
  multi: boolean;
}

/** One activity rendered. */
export interface RenderedPart {
  text: string;
  /** Set when the activity asks a question. */
  ask?: SmsAsk;
}

interface TriageAskLike {
  fact?: unknown;
  kind?: unknown;
  choices?: unknown;
}

function triageAskOf(activity: Partial<Activity>): TriageAskLike | undefined {
  const ask = (activity.channelData as { triage?: { ask?: unknown } } | undefined)?.triage?.ask;
  return ask && typeof ask === 'object' ? (ask as TriageAskLike) : undefined;
}

function choiceTitles(choices: unknown): string[] {
  if (!Array.isArray(choices)) return [];
  return choices
    .map((c) => (c && typeof c === 'object' ? (c as { title?: unknown; value?: unknown }) : {}))
    .map((c) => (typeof c.title === 'string' ? c.title : typeof c.value === 'string' ? c.value : ''))
    .filter((t) => t.length > 0);
}

/** Markdown as plain text: bold, italics, bullets, headings and links. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\((\S+?)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} ${url}`))
    .replace(/^[ \t]*_([^_\n]+?)_[ \t]*$/gm, (_m, heading: string) => (/[:.?!]$/.test(heading) ? heading : `${heading}:`))
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/__(.+?)__/gs, '$1')
    .replace(/(^|[\s(])[_*]([^_*\n]+?)[_*](?=[\s).,:;!?]|$)/gm, '$1$2')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/`([^`\n]+)`/g, '$1');
}

/** Links without `https://` and `www.` (phones still make them tappable), never touching other schemes. */
export function shortenLinks(text: string): string {
  return text.replace(/\bhttps:\/\/(www\.)?([^\s]+)/g, (_m, _www: string | undefined, rest: string) => rest.replace(/\/(?=[\s.,;:!?)]*$)/, ''));
}

/** Plain SMS text: rewrites from content, markdown stripped, GSM-friendly characters, short links, tidy spacing. */
export function plainText(text: string, content: SmsContent = smsContent()): string {
  let t = text;
  for (const r of content.rewrites) t = t.split(r.from).join(r.to);
  t = shortenLinks(normaliseForSms(stripMarkdown(t)));
  return t
    .split('\n').map((l) => l.replace(/[ ]+$/g, '').replace(/^[ ]+/, '')).join('\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}

/** "1 for England, 2 for Wales or 3 for Scotland" (or a numbered list for long titles). */
function choiceLines(titles: string[], multi: boolean, content: SmsContent): string {
  const plain = titles.map((t) => normaliseForSms(t));
  if (!multi && plain.length <= INLINE_MAX_CHOICES && plain.every((t) => t.length <= INLINE_MAX_TITLE)) {
    const items = plain.map((title, i) => content.choiceInline.replace('{n}', String(i + 1)).replace('{title}', title));
    const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} ${content.or} ${items[items.length - 1]}` : (items[0] ?? '');
    return content.choicesInline.replace('{list}', list);
  }
  return [multi ? content.multiChoicesList : content.choicesList, ...plain.map((t, i) => `${i + 1} ${t}`)].join('\n');
}

/** One activity as SMS text; undefined for activities that show nothing (typing, events, empty). */
export function renderActivity(activity: Partial<Activity>, content: SmsContent = smsContent()): RenderedPart | undefined {
  if ((activity.type ?? 'message') !== 'message') return undefined;
  const pieces: string[] = [];
  if (activity.text) pieces.push(activity.text);
  for (const a of activity.attachments ?? []) {
    const card = a.content as { title?: unknown; subtitle?: unknown; text?: unknown } | undefined;
    if (card && typeof card === 'object') {
      for (const f of [card.title, card.subtitle, card.text]) if (typeof f === 'string' && f) pieces.push(f);
    }
    if (typeof a.contentUrl === 'string' && /^https?:/.test(a.contentUrl)) pieces.push(a.contentUrl);
  }
  let text = plainText(pieces.join('\n'), content);

  const triage = triageAskOf(activity);
  const kind = typeof triage?.kind === 'string' ? triage.kind : undefined;
  const fact = typeof triage?.fact === 'string' ? triage.fact : undefined;
  let titles = choiceTitles(triage?.choices);
  if (!triage) titles = (activity.suggestedActions?.actions ?? []).map((a) => String(a.title ?? a.value ?? '')).filter(Boolean);
  const multi = kind === 'multichoice';

  let ask: SmsAsk | undefined;
  if (kind === 'yesno') {
    text = joinLines(text, content.yesNo);
    ask = { fact, kind, titles: [], multi: false };
  } else if (titles.length > MAX_LISTED_CHOICES) {
    text = joinLines(text, content.longChoices);
    ask = { fact, kind: kind ?? 'choice', titles: [], multi };
  } else if (titles.length > 0) {
    text = joinLines(text, choiceLines(titles, multi, content));
    ask = { fact, kind: kind ?? 'choice', titles, multi };
  } else if (triage) {
    ask = { fact, kind: kind ?? 'text', titles: [], multi: false };
  }
  if (!text) return undefined;
  return ask ? { text, ask } : { text };
}

function joinLines(a: string, b: string): string {
  return a ? `${a}\n${b}` : b;
}

/** A reply ready to send, with what was held back and the question asked. */
export interface ComposedReply {
  /** The message body (empty when there is nothing to say). */
  body: string;
  /** Text held back for "MORE": the rest, then the question again. */
  overflow?: { text: string; question?: string };
  /** The question this reply asks (the last one, if several), for numbered replies. */
  ask?: SmsAsk;
  /** The question's text as sent, to send again on "carry on". */
  question?: string;
}

/**
 * Merges one turn's parts into one message of at most `maxSegments` parts. The question (the last
 * part that asks) goes last and is kept whole; what does not fit before it is cut at a sentence or
 * word boundary, marked "Reply MORE for the rest." and returned as `overflow`.
 */
export function composeReply(parts: RenderedPart[], content: SmsContent = smsContent(), maxSegments = MAX_REPLY_SEGMENTS): ComposedReply {
  let qi = -1;
  parts.forEach((p, i) => { if (p.ask) qi = i; });
  const questionPart = qi >= 0 ? parts[qi] : undefined;
  const others = parts.filter((_p, i) => i !== qi).map((p) => p.text).filter(Boolean).join('\n\n');
  const composed = composeText(others, questionPart?.text, content, maxSegments);
  return {
    ...composed,
    ...(questionPart?.ask ? { ask: questionPart.ask, question: questionPart.text } : {}),
  };
}

/** Text then an optional question, cut to fit as {@link composeReply} describes. */
export function composeText(text: string, question: string | undefined, content: SmsContent = smsContent(), maxSegments = MAX_REPLY_SEGMENTS): { body: string; overflow?: { text: string; question?: string } } {
  const tail = question ? (text ? `\n\n${question}` : question) : '';
  const full = `${text}${tail}`;
  if (countSegments(full) <= maxSegments) return { body: full };
  const marker = `\n${content.more}`;
  // The question fits with room to spare: cut the text before it.
  if (question && countSegments(`${content.more}\n\n${question}`) <= maxSegments) {
    const { head, rest } = cutToFit(text, maxSegments, `${marker}\n\n${question}`);
    const body = head ? `${head}${marker}\n\n${question}` : `${content.more}\n\n${question}`;
    return { body, overflow: { text: rest, question } };
  }
  // No question, or a question too long to keep whole: cut the whole text.
  const { head, rest } = cutToFit(full, maxSegments, marker);
  return { body: `${head}${marker}`, overflow: { text: rest } };
}
