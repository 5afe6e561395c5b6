/**
 * Signpost in Microsoft Teams, for Citizens Advice advisers: benefit look-ups answered from the
 * knowledge base as Adaptive Cards, a terse client triage on the same planner as the citizen bot
 * (several facts per message), a search message extension, and `Action.Execute` invokes ("Make this
 * a case"; the queue's "Claim" when the case store is wired). State lives in conversation state
 * under its own property (`teamsTriage`); the citizen bot's state is never touched.
 */
import {
  ActionTypes, CardFactory, MessageFactory, TeamsActivityHandler, TurnContext,
  type Activity, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type Attachment,
  type ConversationState, type MessagingExtensionAttachment, type MessagingExtensionQuery,
  type MessagingExtensionResponse, type StatePropertyAccessor,
} from 'botbuilder';
import { z } from 'zod';
import type { Engine } from '../../rules';
import type { Outcome } from '../../rules/outcome';
import { answerSpec } from '../../knowledge/answerSpec';
import { factsSchema, isFactId, type FactId, type Facts } from '../../facts/facts';
import { benefitIndex } from './benefitIndex';
import {
  ADAPTIVE_CARD_CONTENT_TYPE, benefitCard, caseCard, passportCard, resultCard, togetherCard, VERBS,
  type AdaptiveCard, type CaseCardInput,
} from './cards';
import { recogniseLookup } from './lookup';
import { readTerse, tidy } from './terseFacts';
import { factList, factLabel } from './format';
import { TERSE, WORDS, word } from './words';

/** The conversation-state property this bot owns. */
export const TEAMS_TRIAGE_PROPERTY = 'teamsTriage';

/** Who pressed a button in Teams. */
export interface TeamsAdviser {
  /** Bot Framework user id (`29:...`). */
  id: string;
  /** Entra object id, when Teams sends it: the stable id to map to an agent. */
  aadObjectId?: string;
  name?: string;
}

export interface TeamsBotDeps {
  engine: Engine;
  conversationState: ConversationState;
  /** The assessment date for a turn. */
  now: () => Date;
  /** Creates a handoff case from a triage result. Undefined: "Make this a case" says it is coming. */
  onMakeCase?: (facts: Facts, outcome: Outcome, ctx: TurnContext) => Promise<{ caseId: string }>;
  /**
   * Claims a queued case for the adviser (the same atomic claim as the agent console) and returns the
   * case as it is now; throws when someone else got it first. Undefined: Claim says it is coming.
   */
  onClaimCase?: (caseId: string, adviser: TeamsAdviser, ctx: TurnContext) => Promise<CaseCardInput>;
  /**
   * A message in a channel thread (`conversation.id` ending `;messageid=<root>`): true when it was
   * handled (the root is a case card: the adviser talking to the client). Undefined or false: answered as usual.
   */
  onThreadMessage?: (rootActivityId: string, adviser: TeamsAdviser, text: string, ctx: TurnContext) => Promise<boolean>;
}

export const teamsTriageStateSchema = z.object({
  version: z.literal(1),
  active: z.boolean(),
  facts: factsSchema,
  /** Facts in the order they were given, for "back". */
  answered: z.array(z.string()),
  skipped: z.array(z.string()),
  /** The fact asked last. */
  pending: z.string().optional(),
});
export type TeamsTriageState = z.infer<typeof teamsTriageStateSchema>;

const newState = (): TeamsTriageState => ({ version: 1, active: false, facts: {}, answered: [], skipped: [] });

const COMMANDS = {
  help: /^(help|\?|commands|what can you do|how does this work)$/,
  /** Matched on the text as typed (case-insensitive); what follows may hold facts. */
  start: /^(?:new client triage|new client|new triage|start triage|client triage|triage)(?:\b[\s:,.-]*|$)/i,
  cancel: /^(cancel|stop|end|quit|abandon|clear)( triage)?$/,
  skip: /^(skip|dk|dont know|do not know|unknown|not known|n\/a|na|pass)$/,
  back: /^(back|undo|go back)$/,
  facts: /^(facts|summary|so far|show facts)$/,
  result: /^(result|results|done|finish|finished|outcome|show result)$/,
} as const;

/** Choices beyond this many are not offered as buttons. */
const MAX_BUTTONS = 7;
const MAX_SEARCH_RESULTS = 10;
/** Cards inserted from the message extension stay short: the most telling relationships only. */
const SEARCH_CARD_RELATIONSHIPS = 6;

export class SignpostTeamsBot extends TeamsActivityHandler {
  private readonly deps: TeamsBotDeps;
  private readonly triage: StatePropertyAccessor<unknown>;

  constructor(deps: TeamsBotDeps) {
    super();
    this.deps = deps;
    this.triage = deps.conversationState.createProperty(TEAMS_TRIAGE_PROPERTY);

    this.onMessage(async (ctx, next) => {
      await this.handleMessage(ctx);
      await next();
    });

    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id === botId) && ctx.activity.conversation?.conversationType === 'personal') {
        await ctx.sendActivity(MessageFactory.text(WORDS.help));
      }
      await next();
    });
  }

  /** Runs the turn and saves conversation state (the property this bot owns). */
  override async run(ctx: TurnContext): Promise<void> {
    await super.run(ctx);
    await this.deps.conversationState.saveChanges(ctx, false);
  }

  private get kb() {
    return this.deps.engine.kb;
  }

  // ---- messages ----------------------------------------------------------------------------------

  private async handleMessage(ctx: TurnContext): Promise<void> {
    const text = messageText(ctx);
    const root = /;messageid=([^;]+)$/.exec(ctx.activity.conversation?.id ?? '')?.[1];
    if (root && this.deps.onThreadMessage) {
      const from = ctx.activity.from ?? { id: 'unknown' };
      if (await this.deps.onThreadMessage(root, { id: from.id, aadObjectId: from.aadObjectId, name: from.name }, text, ctx)) return;
    }
    const t = tidy(text);
    const state = await this.readState(ctx);

    if (COMMANDS.help.test(t)) {
      await ctx.sendActivity(MessageFactory.text(WORDS.help));
      return;
    }
    const start = COMMANDS.start.exec(text.trim());
    if (start) {
      const fresh = newState();
      fresh.active = true;
      await this.triageTurn(ctx, fresh, text.trim().slice(start[0].length), { started: true });
      return;
    }
    if (state.active) {
      if (COMMANDS.cancel.test(t)) {
        await this.writeState(ctx, newState());
        await ctx.sendActivity(MessageFactory.text(word('cancelled')));
        return;
      }
      if (COMMANDS.facts.test(t)) {
        const listed = factList(this.kb, state.facts as Record<string, unknown>, state.answered);
        await ctx.sendActivity(MessageFactory.text(listed ? word('factsHeading', { facts: listed }) : word('factsNone')));
        return;
      }
      if (COMMANDS.result.test(t)) {
        await this.sendResult(ctx, state, true);
        return;
      }
      if (COMMANDS.skip.test(t) && state.pending) {
        const skipped = state.pending;
        state.skipped = [...new Set([...state.skipped, skipped])];
        await this.triageTurn(ctx, state, '', { prefix: word('skipped', { fact: factLabel(skipped) }) });
        return;
      }
      if (COMMANDS.back.test(t)) {
        const last = state.answered.pop();
        if (last) delete (state.facts as Record<string, unknown>)[last];
        await this.triageTurn(ctx, state, '', { prefix: last ? word('undone', { fact: factLabel(last) }) : word('nothingToUndo') });
        return;
      }
    } else if (COMMANDS.cancel.test(t) || COMMANDS.result.test(t) || COMMANDS.back.test(t)) {
      await ctx.sendActivity(MessageFactory.text(word('noTriage')));
      return;
    }

    const lookup = recogniseLookup(benefitIndex(this.kb), text);
    // During a triage, a bare benefit name is an answer ("PIP"), not a look-up.
    if (lookup && !(state.active && lookup.kind === 'benefit' && lookup.bare)) {
      await this.sendLookup(ctx, lookup);
      return;
    }
    if (state.active) {
      await this.triageTurn(ctx, state, text, {});
      return;
    }
    await ctx.sendActivity(MessageFactory.text(word('notUnderstood')));
  }

  private async sendLookup(ctx: TurnContext, lookup: NonNullable<ReturnType<typeof recogniseLookup>>): Promise<void> {
    const date = this.deps.now();
    if (lookup.kind === 'passport') {
      await ctx.sendActivity(cardActivity(passportCard(this.kb, lookup.id)));
    } else if (lookup.kind === 'together') {
      await ctx.sendActivity(cardActivity(togetherCard(this.kb, lookup.a, lookup.b)));
    } else {
      const cards = lookup.ids.map((id) => CardFactory.adaptiveCard(benefitCard(this.kb, id, date)));
      const others = lookup.alternatives.filter((id) => !lookup.ids.includes(id)).map((id) => this.kb.benefits.get(id)?.name ?? id);
      const note = others.length > 0 ? word('ambiguous', { name: lookup.ids.map((id) => this.kb.benefits.get(id)?.name ?? id).join(', '), others: others.join(', ') }) : undefined;
      const activity = cards.length === 1 ? MessageFactory.attachment(cards[0] as Attachment, note) : MessageFactory.carousel(cards, note);
      await ctx.sendActivity(activity);
    }
  }

  // ---- triage ------------------------------------------------------------------------------------

  private async triageTurn(ctx: TurnContext, state: TeamsTriageState, text: string, opts: { started?: boolean; prefix?: string }): Promise<void> {
    const now = this.deps.now();
    const lines: string[] = [];
    if (opts.started) lines.push(word('triageStarted'));
    if (opts.prefix) lines.push(opts.prefix);
    if (text.trim()) {
      const reading = readTerse(this.kb, text, { known: state.facts, pending: state.pending, now });
      for (const fact of reading.order) {
        (state.facts as Record<string, unknown>)[fact] = (reading.found as Record<string, unknown>)[fact];
        state.answered = [...state.answered.filter((f) => f !== fact), fact];
        state.skipped = state.skipped.filter((f) => f !== fact);
      }
      if (state.facts.has_partner === false) delete state.facts.partner_age;
      if (reading.order.length > 0) lines.push(word('noted', { facts: factList(this.kb, state.facts as Record<string, unknown>, reading.order) }));
      if (reading.unparsed.length > 0) lines.push(`${word('notCaught')} ${reading.unparsed.map((u) => `"${u}"`).join(', ')}`);
    }
    const checked = factsSchema.safeParse(state.facts);
    if (!checked.success) state.facts = {};
    const { next } = this.deps.engine.step(state.facts, now, new Set(state.skipped));
    if (!next) {
      if (lines.length > 0) await ctx.sendActivity(MessageFactory.text(lines.join('\n\n')));
      await this.sendResult(ctx, state, false);
      return;
    }
    state.pending = next.fact;
    await this.writeState(ctx, state);
    await ctx.sendActivity(this.askActivity(next.fact, [...lines, TERSE[next.fact as FactId]?.ask ?? next.fact].join('\n\n')));
  }

  /** A terse question with `channelData.triage.ask` (as the citizen bot sends) and buttons for short lists. */
  private askActivity(fact: string, text: string): Partial<Activity> {
    const spec = answerSpec(this.kb, fact);
    const ask: { fact: string; kind: string; choices?: { value: string; title: string }[] } = { fact, kind: spec.kind };
    if (spec.choices) ask.choices = spec.choices;
    const terse = isFactId(fact) ? TERSE[fact] : undefined;
    const buttons = spec.kind === 'yesno'
      ? [{ title: 'Yes', value: 'yes' }, { title: 'No', value: 'no' }]
      : spec.kind === 'choice' && spec.choices && spec.choices.length <= MAX_BUTTONS
        ? spec.choices.map((c) => ({ title: terse?.values[c.value] ?? c.title, value: c.title }))
        : [];
    const activity = buttons.length > 0
      ? MessageFactory.suggestedActions(buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.value })), text)
      : MessageFactory.text(text);
    activity.inputHint = 'expectingInput';
    activity.channelData = { triage: { ask } };
    return activity;
  }

  private async sendResult(ctx: TurnContext, state: TeamsTriageState, partial: boolean): Promise<void> {
    const outcome = this.deps.engine.evaluate(state.facts, this.deps.now());
    state.active = false;
    delete state.pending;
    await this.writeState(ctx, state);
    const activity = cardActivity(resultCard(this.kb, outcome, { partial }));
    activity.channelData = { triage: { outcome } };
    await ctx.sendActivity(activity);
  }

  private async readState(ctx: TurnContext): Promise<TeamsTriageState> {
    const raw = await this.triage.get(ctx);
    const parsed = teamsTriageStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : newState();
  }

  private async writeState(ctx: TurnContext, state: TeamsTriageState): Promise<void> {
    await this.triage.set(ctx, state);
  }

  // ---- invokes -----------------------------------------------------------------------------------

  /** Search message extension: benefits by name, id or alias; each result inserts the benefit's card. */
  protected override async handleTeamsMessagingExtensionQuery(_ctx: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const params = query.parameters ?? [];
    const initialRun = params.some((p) => p.name === 'initialRun' && String(p.value) === 'true');
    const param = params.find((p) => p.name === 'searchQuery') ?? params.find((p) => p.name !== 'initialRun') ?? params[0];
    const q = initialRun ? '' : String(param?.value ?? '');
    const count = Math.min(MAX_SEARCH_RESULTS, Math.max(1, query.queryOptions?.count ?? MAX_SEARCH_RESULTS));
    const skip = Math.max(0, query.queryOptions?.skip ?? 0);
    const ids = benefitIndex(this.kb).search(q, skip + count).slice(skip, skip + count);
    const date = this.deps.now();
    const attachments: MessagingExtensionAttachment[] = ids.map((id) => {
      const b = this.kb.benefits.get(id)!;
      return {
        ...CardFactory.adaptiveCard(benefitCard(this.kb, id, date, { maxRelationships: SEARCH_CARD_RELATIONSHIPS })),
        preview: CardFactory.thumbnailCard(b.name, truncate(b.summary, 120)),
      };
    });
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  /** `Action.Execute`: "Make this a case" (`makeCase`) and the queue's "Claim" (`claimCase`). */
  protected override async onAdaptiveCardInvoke(ctx: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = value.action?.verb;
    const data = (value.action?.data ?? {}) as Record<string, unknown>;
    if (verb === VERBS.makeCase) return this.makeCase(ctx, data);
    if (verb === VERBS.claimCase) return this.claimCase(ctx, data);
    return errorResponse(400, 'NotSupported', word('unknownVerb'));
  }

  private async makeCase(ctx: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> {
    const parsed = factsSchema.safeParse(data.facts);
    if (!parsed.success) return errorResponse(400, 'BadRequest', word('badFacts'));
    const facts = parsed.data;
    const outcome = this.deps.engine.evaluate(facts, this.deps.now());
    if (!this.deps.onMakeCase) return cardResponse(resultCard(this.kb, outcome, { status: word('caseComing') }));
    try {
      const { caseId } = await this.deps.onMakeCase(facts, outcome, ctx);
      return cardResponse(resultCard(this.kb, outcome, { status: word('caseCreated', { caseId }), offerCase: false }));
    } catch (err) {
      return cardResponse(resultCard(this.kb, outcome, { status: word('caseFailed', { reason: (err as Error)?.message ?? 'error' }) }));
    }
  }

  private async claimCase(ctx: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> {
    const caseId = typeof data.caseId === 'string' ? data.caseId : undefined;
    if (!caseId) return errorResponse(400, 'BadRequest', word('unknownVerb'));
    if (!this.deps.onClaimCase) return messageResponse(word('claimComing'));
    const from = ctx.activity.from ?? { id: 'unknown' };
    const updated = await this.deps.onClaimCase(caseId, { id: from.id, aadObjectId: from.aadObjectId, name: from.name }, ctx);
    return cardResponse(caseCard(updated, this.deps.now(), this.kb));
  }
}

/** The message text without Teams @mentions of the bot (channels and group chats). */
export function messageText(ctx: TurnContext): string {
  let text = ctx.activity.text ?? '';
  try {
    if ((ctx.activity.entities ?? []).some((e) => e.type === 'mention')) text = TurnContext.removeRecipientMention(ctx.activity as Activity) ?? text;
  } catch {
    // keep the text as sent
  }
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/&nbsp;/g, ' ').trim();
}

export function cardActivity(card: AdaptiveCard, text?: string): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card), text);
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}

function errorResponse(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…`;
}
