/**
 * Drives a triage over SMS the way a person would: it reads only the text of each reply, works out
 * which question was asked from the question wording, and answers like a person texting: the
 * number of a choice ("1"), "yes"/"no", "about £200 a week", "2 and 7".
 */
import { answerSpec } from '../../src/knowledge/answerSpec';
import { plainText } from '../../channels/sms/render';
import { countSegments } from '../../channels/sms/segments';
import { naturalAnswer } from '../support/naturalAnswers';
import { testEngine } from '../support/knowledge';
import type { SmsHarness, SmsReply } from './smsHarness';

const kb = testEngine().kb;

/** Answers used when a household does not give the fact. */
export const FALLBACK: Record<string, unknown> = {
  receiving: [], caring_hours: 0, children_count: 0, income: 0, savings: 0, limits_work: 'no', employment: 'not-working',
  immigration_status: 'british-irish', housing: 'rent-private', nation: 'england', work_hours: 0,
};

export const OUTCOME_START = 'Here is what you may be able to get';

/** The fact a reply asks, from the last question wording in it. */
export function factAsked(text: string): string | undefined {
  let best: { fact: string; at: number } | undefined;
  for (const [fact, copy] of Object.entries(kb.questionCopy)) {
    for (const wording of [copy.ask, copy.help]) {
      const at = text.lastIndexOf(plainText(wording));
      if (at >= 0 && (!best || at > best.at)) best = { fact, at };
    }
  }
  if (text.includes('Are you happy to start?')) {
    const at = text.lastIndexOf('Are you happy to start?');
    if (!best || at > best.at) best = { fact: 'consent', at };
  }
  return best?.fact;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number offered for `title` in a reply ("Reply 1 for England" or a line "2 I rent from ..."). */
export function numberFor(text: string, title: string): string | undefined {
  const t = escape(plainText(title));
  return new RegExp(`(\\d+) for ${t}(?=[,.]| or)`).exec(text)?.[1] ?? new RegExp(`^(\\d+) ${t}$`, 'm').exec(text)?.[1];
}

/** How a person texts the answer to `fact` when the truth is `value`. */
export function smsAnswer(fact: string, value: unknown, reply: string, seed: number): string {
  const spec = answerSpec(kb, fact);
  if (spec.kind === 'choice') {
    const title = spec.choices?.find((c) => c.value === value)?.title;
    if (!title) throw new Error(`no title for ${fact}=${String(value)}`);
    const n = numberFor(reply, title);
    if (!n) throw new Error(`no number offered for "${title}" in: ${reply}`);
    return n;
  }
  if (spec.kind === 'yesno') return value ? ['yes', 'Yes', 'yeah'][seed % 3] as string : ['no', 'No', 'nope'][seed % 3] as string;
  if (fact === 'income') return value === 0 ? 'nothing' : `about £${String(value)} a week`;
  if (fact === 'savings') return value === 0 ? 'none' : `£${Number(value).toLocaleString('en-GB')}`;
  const titles = Object.fromEntries((spec.choices ?? []).map((c) => [c.value, c.title]));
  return naturalAnswer(fact, value, seed, titles);
}

export interface SmsTriageRun {
  asked: string[];
  said: string[];
  replies: SmsReply[];
  outcome: string;
}

/**
 * Answers questions from `truth` until the outcome arrives. The first reply (`first`) must contain
 * a question. Checks every reply is at most 3 parts and no answer was misunderstood.
 */
export async function driveTriage(h: SmsHarness, from: string, truth: Record<string, unknown>, first: SmsReply, maxTurns = 45): Promise<SmsTriageRun> {
  const run: SmsTriageRun = { asked: [], said: [], replies: [first], outcome: '' };
  let reply = first;
  for (let turn = 0; turn < maxTurns; turn++) {
    expect(reply.status).toBe(200);
    for (const m of reply.messages) expect(countSegments(m)).toBeLessThanOrEqual(3);
    if (reply.text.includes(OUTCOME_START)) { run.outcome = reply.text; return run; }
    if (reply.text.includes('Sorry, I did not understand')) throw new Error(`not understood: "${run.said[run.said.length - 1]}" → ${reply.text}`);
    const fact = factAsked(reply.text);
    if (!fact) throw new Error(`no question in: ${reply.text}`);
    let answer: string;
    if (fact === 'consent') answer = 'yes';
    else if (fact === 'wants_adviser') answer = 'no';
    else {
      if (run.asked.includes(fact)) throw new Error(`${fact} asked twice`);
      run.asked.push(fact);
      answer = smsAnswer(fact, truth[fact] ?? FALLBACK[fact] ?? false, reply.text, turn);
    }
    run.said.push(answer);
    reply = await h.text(from, answer);
    run.replies.push(reply);
  }
  throw new Error(`triage did not finish; asked ${run.asked.join(', ')}`);
}
