/**
 * Shared checks for the public triage protocol (`shared/contracts/triage-protocol.md`), run on every
 * reply of every bot test, and a `driveTo` helper that answers the bot's questions from a fact table
 * in people's own words until a given question is asked.
 *
 *   const conv = checked(bot.conversation());   // every say() is checked with expectProtocol
 *   const { replies } = await driveTo(conv, 'income', { age: "I'm 67" });
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { botContent, say } from '../../src/content/botContent';
import { testEngine } from './knowledge';
import { askIn, outcomeIn, type BotActivity, type TestBot, type TestConversation } from './botClient';

interface ContractFact { id: string; kind: string; values?: string[] | string }
const CONTRACT_DIR = join(__dirname, '../../knowledge/contract');
const contract = JSON.parse(readFileSync(join(CONTRACT_DIR, 'facts.json'), 'utf8')) as { facts: ContractFact[]; control: ContractFact[] };
const benefitIdsFile = JSON.parse(readFileSync(join(CONTRACT_DIR, 'benefit-ids.json'), 'utf8')) as Record<string, { id: string }[]>;

/** Every fact and control id of the contract, with its kind and values. */
export const CONTRACT: ReadonlyMap<string, ContractFact> = new Map([...contract.facts, ...contract.control].map((f) => [f.id, f]));
export const FACT_IDS: ReadonlySet<string> = new Set(contract.facts.map((f) => f.id));
export const BENEFIT_IDS: ReadonlySet<string> = new Set(Object.values(benefitIdsFile).flat().map((b) => b.id));
const LIKELIHOODS = ['likely', 'possible'];
const ESCALATION_LEVELS = ['urgent', 'adviser', 'offer'];

/** The bot's words, looked up by content id (knowledge/content/en/bot.json). */
export const WORDS = botContent('en');
export const words = (id: string, vars: Record<string, string | number> = {}): string => say(WORDS, id, vars);
/** A question's words (knowledge/content/en/questions.json). */
export const questionCopy = (fact: string): { ask: string; help: string } => {
  const copy = testEngine().kb.questionCopy[fact];
  if (!copy) throw new Error(`no question copy for ${fact}`);
  return copy;
};

/** True when some reply's text contains the bot message with this content id. */
export function saysContent(replies: BotActivity[], id: string, vars: Record<string, string | number> = {}): boolean {
  const text = words(id, vars);
  return replies.some((r) => (r.text ?? '').includes(text));
}

/** All the text of a turn, for `toContain` checks. */
export const textOf = (replies: BotActivity[]): string => replies.map((r) => r.text ?? '').join('\n');

/**
 * The protocol, on one turn's replies: every reply is a message with words; at most one `triage.ask`,
 * whose kind and choices match the contract; an outcome has signposts, facts and an optional
 * escalation; a safety reply has a category and helplines.
 */
export function expectProtocol(replies: BotActivity[]): void {
  for (const r of replies) {
    expect(r.type).toBe('message');
    expect(typeof r.text === 'string' && r.text.trim().length > 0).toBe(true);
  }
  const asks = replies.map((r) => r.channelData?.triage?.ask).filter((a) => a !== undefined);
  expect(asks.length).toBeLessThanOrEqual(1);
  const ask = asks[0];
  if (ask) expectAsk(ask);

  const outcomes = replies.map((r) => r.channelData?.triage?.outcome).filter((o) => o !== undefined);
  expect(outcomes.length).toBeLessThanOrEqual(1);
  if (outcomes[0]) {
    expectOutcome(outcomes[0]);
    // A turn that ends the triage asks nothing, except the offer of an adviser when it escalates.
    if (ask) {
      expect(ask.fact).toBe('wants_adviser');
      expect(outcomes[0].escalation).toBeDefined();
    }
  }
  for (const r of replies) {
    const safe = r.channelData?.triage?.safeguarding;
    if (safe !== undefined) expectSafeguarding(safe);
  }
}

function expectAsk(ask: { fact: string; kind: string; choices?: { value: string; title: string }[] }): void {
  const spec = CONTRACT.get(ask.fact);
  if (!spec) throw new Error(`ask for ${ask.fact}, which is not a contract fact or control id`);
  expect({ fact: ask.fact, kind: ask.kind }).toEqual({ fact: ask.fact, kind: spec.kind });
  if (ask.kind !== 'choice' && ask.kind !== 'multichoice') {
    expect(ask.choices).toBeUndefined();
    return;
  }
  expect(Array.isArray(ask.choices) && ask.choices.length > 0).toBe(true);
  for (const c of ask.choices ?? []) {
    expect(typeof c.value === 'string' && c.value.length > 0).toBe(true);
    expect(typeof c.title === 'string' && c.title.trim().length > 0).toBe(true);
  }
  const values = (ask.choices ?? []).map((c) => c.value);
  expect(new Set(values).size).toBe(values.length);
  if (Array.isArray(spec.values)) {
    // Every value the contract has, and nothing else.
    expect([...values].sort()).toEqual([...spec.values].sort());
  } else {
    // receiving: benefit ids from benefit-ids.json, or none.
    expect(values.filter((v) => v !== 'none' && !BENEFIT_IDS.has(v))).toEqual([]);
    expect(values).toContain('none');
  }
}

export function expectOutcome(outcome: any): void {
  expect(Array.isArray(outcome.signposts)).toBe(true);
  for (const s of outcome.signposts) {
    expect(BENEFIT_IDS.has(s.benefit)).toBe(true);
    expect(LIKELIHOODS).toContain(s.likelihood);
    expect(Array.isArray(s.because)).toBe(true);
    for (const b of s.because) expect(typeof b === 'string' && b.length > 0).toBe(true);
    expect(typeof s.claim === 'string' && s.claim.trim().length > 0).toBe(true);
  }
  if (outcome.escalation !== undefined) {
    expect(ESCALATION_LEVELS).toContain(outcome.escalation.level);
    expect(Array.isArray(outcome.escalation.reasons) && outcome.escalation.reasons.length > 0).toBe(true);
    for (const r of outcome.escalation.reasons) expect(typeof r === 'string' && r.length > 0).toBe(true);
  }
  expect(typeof outcome.facts).toBe('object');
  expect(Object.keys(outcome.facts).filter((k) => !FACT_IDS.has(k))).toEqual([]);
}

export function expectSafeguarding(safe: any): void {
  expect(typeof safe.category === 'string' && safe.category.length > 0).toBe(true);
  expect(Array.isArray(safe.helplines) && safe.helplines.length > 0).toBe(true);
  for (const h of safe.helplines) {
    expect(typeof h.name === 'string' && h.name.length > 0).toBe(true);
    expect(h.number !== undefined || h.text !== undefined || h.note !== undefined).toBe(true);
  }
}

/** A conversation whose every turn is checked with {@link expectProtocol}. */
export function checked(conversation: TestConversation): TestConversation {
  return {
    id: conversation.id,
    say: async (text: string) => {
      const replies = await conversation.say(text);
      expectProtocol(replies);
      return replies;
    },
    join: async () => {
      const replies = await conversation.join();
      expectProtocol(replies);
      return replies;
    },
  };
}

/**
 * How a person might answer each question, in their own words. Chosen to keep a triage short
 * (no partner, no children, no health condition, no caring) unless a test overrides them.
 */
export const NATURAL_ANSWERS: Readonly<Record<string, string>> = {
  consent: 'yes',
  nation: 'England',
  age: "I'm 40",
  date_of_birth: '14 March 1960',
  has_partner: 'no',
  partner_age: '38',
  children_count: 'none',
  children_ages: '3 and 7',
  disabled_child: 'no',
  pregnant: 'no',
  employment: 'not working',
  work_hours: '16',
  income: '£150 a week',
  savings: 'nothing',
  housing: 'I rent from a private landlord',
  lives_alone: 'yes',
  health_condition: 'no',
  daily_living_needs: 'no',
  mobility_needs: 'no',
  limits_work: 'no',
  terminal_illness: 'no',
  in_hospital_or_care: 'no',
  veteran_injury: 'no',
  work_injury: 'no',
  caring_hours: '0',
  cared_for_gets_disability_benefit: 'no',
  bereaved: 'no',
  arranging_funeral: 'no',
  receiving: 'none',
  immigration_status: 'British',
  wants_adviser: 'no',
};

export type Answers = Readonly<Record<string, string>>;

export interface Driven {
  /** The replies of the last turn (the one that asks `target`, or gives the outcome). */
  replies: BotActivity[];
  /** Every fact asked on the way, in order. */
  asked: string[];
}

/** The target 'outcome' drives to the end of the triage. */
export type Target = string | 'outcome';

/**
 * Starts (or continues) a conversation and answers every question from `answers` (then
 * {@link NATURAL_ANSWERS}) until `target` is asked, or the outcome is given when target is 'outcome'.
 * Starts with "hi" unless `opts.start` is false (then it continues from `opts.replies`).
 */
export async function driveTo(conv: TestConversation, target: Target, answers: Answers = {}, opts: { start?: boolean; replies?: BotActivity[]; maxTurns?: number } = {}): Promise<Driven> {
  let replies = opts.start === false ? opts.replies ?? [] : await conv.say('hi');
  const asked: string[] = [];
  for (let turn = 0; turn < (opts.maxTurns ?? 60); turn++) {
    const ask = askIn(replies);
    if (target === 'outcome' && outcomeIn(replies)) return { replies, asked };
    if (!ask) throw new Error(`driveTo(${target}): the bot asked nothing; it said: ${textOf(replies)}`);
    if (ask.fact === target) return { replies, asked };
    if (ask.fact !== 'consent' && ask.fact !== 'wants_adviser') asked.push(ask.fact);
    const answer = answers[ask.fact] ?? NATURAL_ANSWERS[ask.fact];
    if (answer === undefined) throw new Error(`driveTo(${target}): no answer for ${ask.fact}`);
    replies = await conv.say(answer);
  }
  throw new Error(`driveTo(${target}): not reached; asked ${asked.join(', ')}`);
}

/** Drives to the outcome and returns its facts. */
export async function finish(conv: TestConversation, answers: Answers = {}, replies?: BotActivity[]): Promise<{ facts: Record<string, unknown>; outcome: any; asked: string[]; replies: BotActivity[] }> {
  const driven = await driveTo(conv, 'outcome', answers, replies ? { start: false, replies } : {});
  const outcome = outcomeIn(driven.replies);
  return { facts: outcome.facts, outcome, asked: driven.asked, replies: driven.replies };
}

/** The stored conversation document (ConversationState's storage key), or undefined. */
export async function storedConversation(bot: TestBot, conversationId: string, channelId = 'test'): Promise<any> {
  const key = conversationKey(conversationId, channelId);
  const items = await bot.storage.read([key]);
  return items[key];
}

/** ConversationState's storage key for a conversation. */
export const conversationKey = (conversationId: string, channelId = 'test'): string => `${channelId}/conversations/${conversationId}/`;

/** The facts stored for a conversation ({} when none). */
export async function storedFacts(bot: TestBot, conversationId: string): Promise<Record<string, unknown>> {
  return (await storedConversation(bot, conversationId))?.triage?.facts ?? {};
}
