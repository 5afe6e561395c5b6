/**
 * The no-agent fallback timer. Every few seconds it looks at the queue: a queued case that has waited
 * longer than the configured wait (HANDOFF_WAIT_SECONDS), or any queued case outside adviser hours
 * (ADVISER_HOURS), is marked once (atomically, so with several instances exactly one acts) and handed
 * to `onNoAgent`, where the bot layer tells the person, gives helplines for their reasons and offers a
 * call-back (recorded with `CaseStore.setCallback`). The case stays queued for an agent to pick up.
 */
import { log } from '../logger';
import type { Case, NoAgent } from './case';
import type { CaseStore } from './caseStore';
import { isWithinHours, parseHours, type AdviserHours } from './hours';

/** Options for {@link NoAgentWatch}. */
export interface NoAgentWatchOptions {
  cases: CaseStore;
  /** Seconds a queued case waits for an agent before the fallback. */
  waitSeconds: number;
  /** Adviser hours ("Mon-Fri 09:00-17:00", Europe/London). Undefined: always within hours. */
  hours?: string;
  /** Called once per case; errors are logged. */
  onNoAgent: (c: Case, reason: NoAgent['reason']) => Promise<void>;
  /** How often to look, in ms. Default 5000. */
  intervalMs?: number;
  /** The clock; default `new Date()`. */
  now?: () => Date;
}

/** Periodic check of the queue for cases nobody took in time. */
export class NoAgentWatch {
  private readonly options: NoAgentWatchOptions;
  private readonly hours: AdviserHours | undefined;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(options: NoAgentWatchOptions) {
    if (!(options.waitSeconds >= 0)) throw new RangeError('NoAgentWatch: waitSeconds must be >= 0.');
    this.options = options;
    this.hours = options.hours ? parseHours(options.hours) : undefined;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts looking every `intervalMs` (the timer does not keep the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.checkOnce(), this.options.intervalMs ?? 5000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a check in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Looks once; returns how many cases this call handed to `onNoAgent`. Overlapping calls share one run. */
  checkOnce(): Promise<number> {
    this.running ??= this.check().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async check(): Promise<number> {
    let handed = 0;
    try {
      const now = this.now();
      const open = isWithinHours(this.hours, now);
      const queue = await this.options.cases.listQueue();
      for (const c of queue) {
        if (c.status !== 'queued' || c.noAgent) continue;
        const waited = (now.getTime() - Date.parse(c.queuedAt)) / 1000 >= this.options.waitSeconds;
        if (open && !waited) continue;
        const reason = open ? 'waited' : 'closed-hours';
        const marked = await this.options.cases.markNoAgent(c.id, reason).catch((err: unknown) => {
          log.warn('SP_HANDOFF_NO_AGENT_FAILED', { caseId: c.id, detail: (err as Error)?.name ?? 'Error' });
          return undefined;
        });
        if (!marked) continue;
        handed += 1;
        await this.options.onNoAgent(marked, reason).catch((err: unknown) => {
          log.error('SP_HANDOFF_NO_AGENT_FAILED', { caseId: c.id, detail: (err as Error)?.name ?? 'Error' });
        });
      }
    } catch (err) {
      log.error('SP_HANDOFF_NO_AGENT_FAILED', { detail: (err as Error)?.name ?? 'Error' });
    }
    return handed;
  }
}
