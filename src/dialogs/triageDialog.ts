/**
 * The one generic triage dialog: it asks whatever the planner says is still missing, one question at
 * a time, and routes commands, safety messages and corrections. It holds no policy and no words:
 * eligibility comes from the engine, text from content files, understanding from src/understanding.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Engine, Outcome } from '../rules';
import { botContent, say, type BotContent } from '../content/botContent';
import { outcomeContent } from '../content/outcomeContent';
import { questionText, type QuestionTextOptions } from '../content/questionText';
import { detectCommand, correctionBody, type Command } from '../conversation/commands';
import { applyReply } from '../conversation/applyReply';
import { EngineMemos } from '../conversation/engineMemos';
import { newTriageState, readTriageState, record, undoLast, type TriageState } from '../conversation/triageState';
import { detectCrisis, parseAnswer } from '../understanding';
import { askActivity, textActivity } from './triageActivities';
import { safetyReplies } from './safetyReplies';
import { restoreAnswers, saveReply } from './savedAnswers';
import { morePageReply, outcomeReplies, type OutcomeWords } from './outcomeReplies';
import { conversationRef, log } from '../logger';
import type { ResumeCodeStore } from '../state/resumeCodes';
import { firstClause, resumeCodeIn } from '../conversation/replyText';
import { conversationKey, type HandoffBridge } from '../bots/handoffBridge';

export const TRIAGE_DIALOG = 'triage';
const MAX_MISSES = 2;

export interface TriageDialogDeps {
  engine: Engine;
  /** Where the triage state lives (conversation state). */
  state: StatePropertyAccessor<unknown>;
  /** Days answers are kept, for the words that say so. */
  ttlDays: number;
  /** The assessment date for this turn. */
  now: () => Date;
  /** Removes everything stored for the turn's conversation ("delete my data"). */
  forget?: (ctx: TurnContext) => Promise<void>;
  /** Save and resume codes; undefined: "save" is not offered. */
  resumeCodes?: ResumeCodeStore;
  /** The link that resumes a conversation on the web with a code. */
  resumeLink?: (code: string) => string;
  /** Warm handoff to an adviser; undefined: the person is given adviser contact details instead. */
  handoff?: HandoffBridge;
  /** The engine memos kept between turns; undefined: the dialog's own (1,000 conversations, 15 minutes idle). */
  memos?: EngineMemos;
}

/** Everything one turn needs, and the replies it collects. */
interface Turn {
  ctx: TurnContext;
  /** The conversation's key (channel and conversation id), as the turn lock and the engine memos use it. */
  key: string;
  s: TriageState;
  now: Date;
  replies: Partial<Activity>[];
}

export class TriageDialog extends Dialog {
  private readonly words: BotContent = botContent('en');
  private readonly outcomeWords: OutcomeWords = { bot: this.words, outcome: outcomeContent('en') };
  /** Each conversation's last engine memo, so a turn works out again only what its answer affects. */
  private readonly memos: EngineMemos;

  constructor(private readonly deps: TriageDialogDeps) {
    super(TRIAGE_DIALOG);
    this.memos = deps.memos ?? new EngineMemos();
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.runTurn(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.runTurn(dc.context);
    return Dialog.EndOfTurn;
  }

  /** Greets a new conversation (conversationUpdate) without waiting for the person to speak first. */
  async greet(ctx: TurnContext): Promise<void> {
    const t = await this.load(ctx);
    if (t.s.stage !== 'greeting') return;
    this.greeting(t);
    await this.flush(t);
  }

  /**
   * One message of the triage. Beginning and continuing the dialog are the same thing here (the
   * triage keeps its own state), so the bot calls this directly, without a DialogSet around it.
   */
  async runTurn(ctx: TurnContext): Promise<void> {
    const t = await this.load(ctx);
    const text = (ctx.activity.text ?? '').trim();
    // Transcript times are real times, even when assessing as on another date.
    if (text) record(t.s, 'person', text, new Date());
    t.s.lastActive = t.now.toISOString();
    if (await this.handle(t, text)) await this.flush(t);
  }

  /** Returns false when the state was deleted and nothing may be saved. */
  private async handle(t: Turn, text: string): Promise<boolean> {
    const crisis = text ? detectCrisis(text) : undefined;
    if (crisis) {
      t.s.safety = { category: crisis.category, at: t.now.toISOString() };
      t.replies.push(...safetyReplies(this.deps.engine.kb, this.words, crisis.category, t.s.facts.nation));
      t.s.pending = { fact: 'wants_adviser', misses: 0 };
      return true;
    }
    const code = text ? resumeCodeIn(text) : undefined;
    if (code && this.deps.resumeCodes) { await this.resume(t, code); return true; }
    const command = text ? detectCommand(text) : undefined;
    if (command === 'delete') return this.deleteData(t);
    if (command && (await this.command(t, command, text))) return true;
    if (t.s.safety && t.s.pending?.fact !== 'wants_adviser') {
      t.replies.push(textActivity(say(this.words, 'safetyNext')));
      return true;
    }
    if (t.s.pending?.fact === 'wants_adviser') {
      await this.adviserAnswer(t, text);
      return true;
    }
    switch (t.s.stage) {
      case 'greeting':
        this.greeting(t);
        return true;
      case 'consent':
        this.consent(t, text);
        return true;
      case 'stopped':
        t.replies.push(textActivity(say(this.words, 'welcomeBack')));
        if (!t.s.consent) { this.askConsent(t); return true; }
        t.s.stage = 'asking';
        this.next(t);
        return true;
      default:
        await this.answer(t, text);
        return true;
    }
  }

  /** Handles a command; false when the message should be treated as an answer after all. */
  private async command(t: Turn, command: Command, text: string): Promise<boolean> {
    const s = t.s;
    switch (command) {
      case 'help':
        t.replies.push(textActivity(say(this.words, 'help')));
        this.reask(t);
        return true;
      case 'back':
        if (!s.consent) { t.replies.push(textActivity(say(this.words, 'backNothing'))); this.askConsent(t); return true; }
        if (!undoLast(s)) t.replies.push(textActivity(say(this.words, 'backNothing')));
        else { t.replies.push(textActivity(say(this.words, 'backDone'))); s.stage = 'asking'; }
        this.next(t);
        return true;
      case 'restart': {
        const fresh = newTriageState();
        this.memos.drop(t.key);
        Object.assign(s, { ...fresh, consent: s.consent, stage: s.consent ? 'asking' : 'greeting', transcript: s.transcript });
        t.replies.push(textActivity(say(this.words, 'restarted')));
        if (s.consent) { t.replies.push(textActivity(say(this.words, 'opening'))); this.next(t); } else this.greeting(t);
        return true;
      }
      case 'human':
        s.pending = { fact: 'wants_adviser', misses: 0 };
        t.replies.push(askActivity(this.deps.engine.kb, 'wants_adviser', say(this.words, 'humanOffer')));
        return true;
      case 'stop':
        s.stage = 'stopped';
        s.pending = undefined;
        t.replies.push(textActivity(say(this.words, 'stopped', { ttlDays: this.deps.ttlDays })));
        return true;
      case 'more':
        if (s.stage !== 'outcome') return false;
        this.showMore(t);
        return true;
      case 'skip':
        if (!s.pending || s.stage !== 'asking') return false;
        if (!s.skipped.includes(s.pending.fact)) s.skipped.push(s.pending.fact);
        t.replies.push(textActivity(say(this.words, 'skipped')));
        this.next(t);
        return true;
      case 'resume':
        if (!s.safety) return false;
        s.safety = undefined;
        t.replies.push(textActivity(say(this.words, 'safetyResume')));
        if (!s.consent) { this.askConsent(t); return true; }
        if (s.stage !== 'outcome') s.stage = 'asking';
        this.next(t);
        return true;
      case 'start':
        if (s.stage !== 'greeting' && s.stage !== 'stopped') return false;
        if (s.stage === 'stopped' && s.consent) { t.replies.push(textActivity(say(this.words, 'welcomeBack'))); s.stage = 'asking'; this.next(t); } else this.greeting(t);
        return true;
      case 'save':
        await this.save(t);
        return true;
      case 'change':
        return this.correct(t, text);
      default:
        return false;
    }
  }

  private greeting(t: Turn): void {
    const lines = this.words.greeting.map((l) => l.replace('{ttlDays}', String(this.deps.ttlDays)));
    t.replies.push(textActivity(lines.join('\n\n')));
    t.replies.push(askActivity(this.deps.engine.kb, 'consent', say(this.words, 'consentAsk')));
    t.s.stage = 'consent';
    t.s.pending = { fact: 'consent', misses: 0 };
  }

  private consent(t: Turn, text: string): void {
    const parsed = parseAnswer({ fact: 'consent', kind: 'yesno' }, firstClause(text), { now: t.now });
    if (!parsed.ok) {
      t.replies.push(askActivity(this.deps.engine.kb, 'consent', this.text('consent', { retry: true })));
      return;
    }
    if (parsed.value === false) {
      Object.assign(t.s, newTriageState(), { transcript: [] });
      this.memos.drop(t.key);
      t.replies.push(textActivity(say(this.words, 'consentNo')));
      return;
    }
    t.s.consent = true;
    t.s.stage = 'asking';
    t.s.pending = undefined;
    const { changed } = applyReply(this.deps.engine.kb, t.s, undefined, text, t.now);
    if (changed.length === 0) t.replies.push(textActivity(say(this.words, 'opening')));
    else t.replies.push(textActivity(say(this.words, 'thanksNoted')));
    this.next(t);
  }

  private async answer(t: Turn, text: string): Promise<void> {
    const s = t.s;
    if (s.pending?.fact === 'wants_adviser') return await this.adviserAnswer(t, text);
    if (s.stage === 'outcome') {
      const { changed } = applyReply(this.deps.engine.kb, s, undefined, text, t.now);
      if (changed.length === 0) { t.replies.push(textActivity(say(this.words, 'outcomeDone'))); return; }
      t.replies.push(textActivity(say(this.words, 'thanksNoted')));
      s.stage = 'asking';
      this.next(t);
      return;
    }
    const fact = s.pending?.fact;
    const { answered, changed } = applyReply(this.deps.engine.kb, s, fact, text, t.now);
    if (!answered && fact) {
      s.pending = { fact, misses: (s.pending?.misses ?? 0) + 1 };
      if (changed.length > 0) t.replies.push(textActivity(say(this.words, 'thanksNoted')));
      else if (s.pending.misses > MAX_MISSES) t.replies.push(textActivity(say(this.words, 'tooManyTries')));
      this.ask(t, fact, changed.length > 0 ? undefined : 'retry');
      return;
    }
    this.next(t);
  }

  private async adviserAnswer(t: Turn, text: string): Promise<void> {
    const parsed = parseAnswer({ fact: 'wants_adviser', kind: 'yesno' }, text, { now: t.now });
    if (!parsed.ok) {
      t.replies.push(askActivity(this.deps.engine.kb, 'wants_adviser', this.text('wants_adviser', { retry: true })));
      return;
    }
    t.s.pending = undefined;
    t.s.wantsAdviser = parsed.value === true;
    if (parsed.value === true && this.deps.handoff) {
      // The outcome goes on the case only when the triage got that far; the facts always do.
      const outcome = t.s.stage === 'outcome' ? this.outcome(t) : undefined;
      t.replies.push(...await this.deps.handoff.request(t.ctx, t.s, outcome));
    } else {
      t.replies.push(textActivity(say(this.words, parsed.value === true ? 'humanYes' : 'humanNo')));
    }
    if (t.s.safety) { t.replies.push(textActivity(say(this.words, 'safetyNext'))); return; }
    if (!t.s.consent) this.askConsent(t);
    else if (t.s.stage === 'asking') this.next(t);
  }

  /** Before consent, the only question there is: the greeting for a new conversation, else the consent question again. */
  private askConsent(t: Turn): void {
    if (t.s.stage === 'greeting') { this.greeting(t); return; }
    t.s.stage = 'consent';
    t.s.pending = { fact: 'consent', misses: 0 };
    t.replies.push(askActivity(this.deps.engine.kb, 'consent', this.text('consent')));
  }

  /** "actually I'm 66": re-reads the facts in the correction, replacing what was known. */
  private correct(t: Turn, text: string): boolean {
    if (t.s.stage !== 'asking' && t.s.stage !== 'outcome') return false;
    const body = correctionBody(text);
    const last = t.s.answered[t.s.answered.length - 1];
    let { changed } = applyReply(this.deps.engine.kb, t.s, undefined, body, t.now, true);
    if (changed.length === 0 && last) changed = applyReply(this.deps.engine.kb, t.s, last, body, t.now, true).changed;
    if (changed.length === 0) { t.replies.push(textActivity(say(this.words, 'changeNotUnderstood'))); this.reask(t); return true; }
    t.replies.push(textActivity(say(this.words, 'changed')));
    t.s.stage = 'asking';
    this.next(t);
    return true;
  }

  /** Asks the planner's next question, or gives the outcome when nothing more can change it. */
  private next(t: Turn): void {
    const step = this.deps.engine.step(t.s.facts, t.now, new Set(t.s.skipped), this.memos.get(t.key));
    this.memos.set(t.key, step.memo);
    if (step.next) { this.ask(t, step.next.fact); return; }
    const given = outcomeReplies(this.deps.engine.kb, this.outcomeWords, step.outcome);
    t.replies.push(...given.replies);
    t.s.stage = 'outcome';
    t.s.outcomePage = given.nextPage;
    t.s.pending = given.offersAdviser ? { fact: 'wants_adviser', misses: 0 } : undefined;
  }

  /** The outcome for the answers so far, from the conversation's engine memo where there is one. */
  private outcome(t: Turn): Outcome {
    return this.deps.engine.evaluate(t.s.facts, t.now, this.memos.get(t.key));
  }

  private showMore(t: Turn): void {
    const outcome = this.outcome(t);
    const { reply, nextPage } = morePageReply(this.deps.engine.kb, this.outcomeWords, outcome, t.s.outcomePage);
    t.s.outcomePage = nextPage;
    t.replies.push(reply);
  }

  private ask(t: Turn, fact: string, retry?: 'retry'): void {
    const text = this.text(fact, { retry: retry === 'retry', mentioned: t.s.facts.receiving_mentioned });
    t.s.pending = { fact, misses: retry ? (t.s.pending?.fact === fact ? t.s.pending.misses : 1) : 0 };
    t.replies.push(askActivity(this.deps.engine.kb, fact, text));
  }

  private reask(t: Turn): void {
    const p = t.s.pending;
    if (!p) return;
    if (p.fact === 'consent' || p.fact === 'wants_adviser') t.replies.push(askActivity(this.deps.engine.kb, p.fact, this.text(p.fact)));
    else if (t.s.stage === 'asking') this.ask(t, p.fact);
  }

  /** "save": a single-use code (and link) carrying the answers so far into a new conversation. */
  private async save(t: Turn): Promise<void> {
    t.replies.push(await saveReply(this.deps.resumeCodes, t.s, this.words, { ttlDays: this.deps.ttlDays, link: this.deps.resumeLink }));
    this.reask(t);
  }

  /** A resume code: the saved answers replace this conversation's, and the questions carry on. */
  private async resume(t: Turn, code: string): Promise<void> {
    if (!(await restoreAnswers(this.deps.resumeCodes, t.s, code))) {
      t.replies.push(textActivity(say(this.words, 'resumeFailed', { ttlDays: this.deps.ttlDays })));
      if (t.s.stage === 'greeting') this.greeting(t); else this.reask(t);
      return;
    }
    t.replies.push(textActivity(say(this.words, 'resumeDone')));
    this.next(t);
  }

  private async deleteData(t: Turn): Promise<boolean> {
    await this.deps.state.delete(t.ctx);
    this.memos.drop(t.key);
    await this.deps.forget?.(t.ctx);
    await this.deps.handoff?.forget(t.ctx);
    t.ctx.turnState.set(DELETED, true);
    await t.ctx.sendActivity(say(this.words, 'deleted'));
    return false;
  }

  private text(fact: string, opts?: QuestionTextOptions): string {
    return questionText(this.deps.engine.kb, this.words, fact, opts);
  }

  private async load(ctx: TurnContext): Promise<Turn> {
    const key = conversationKey(ctx.activity);
    let s: TriageState;
    try {
      // Facts the engine checked last turn are not checked again (the result is the same either way).
      s = readTriageState(await this.deps.state.get(ctx), this.memos.get(key)?.facts) ?? newTriageState();
    } catch {
      // Stored state that no longer fits (an older release): start afresh rather than guess.
      log.warn('SP_STATE_CORRUPT', { conversation: conversationRef(ctx) });
      s = newTriageState();
    }
    return { ctx, key, s, now: this.deps.now(), replies: [] };
  }

  private async flush(t: Turn): Promise<void> {
    for (const r of t.replies) if (r.text) record(t.s, 'bot', r.text, new Date());
    // Nothing personal is kept until the person agrees.
    if (!t.s.consent) { t.s.transcript = []; t.s.facts = {}; t.s.answered = []; }
    await this.deps.state.set(t.ctx, t.s);
    if (t.replies.length > 0) await t.ctx.sendActivities(t.replies);
  }
}

/** Set on the turn when "delete my data" ran: the bot must not save state afterwards. */
export const DELETED = Symbol('signpost.deleted');

