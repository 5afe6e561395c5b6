/**
 * Live queue changes for agent consoles: `created`, `updated`, `claimed`, `released`, `closed`, `message`.
 * An event carries the case's queue row ({@link CaseSummary}), never what anyone said, so it is safe to
 * fan out to every signed-in agent. In-process ({@link InMemoryCaseEvents}) or across instances through
 * Redis pub/sub ({@link RedisCaseEvents}).
 */
import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import { z } from 'zod';
import { log } from '../logger';
import { caseIdSchema, summarise, type Case, type CaseSummary } from './case';

export const CASE_EVENT_TYPES = ['created', 'updated', 'claimed', 'released', 'closed', 'message'] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One queue change. */
export interface CaseEvent {
  type: CaseEventType;
  caseId: string;
  /** ISO time of the change. */
  at: string;
  /** The case's queue row after the change. */
  case: CaseSummary;
}

const caseEventSchema = z.object({
  type: z.enum(CASE_EVENT_TYPES),
  caseId: caseIdSchema,
  at: z.string(),
  case: z.object({ id: caseIdSchema, status: z.string(), level: z.string() }).passthrough(),
}).strict();

/** Builds the event for a case that just changed. */
export function caseEvent(type: CaseEventType, c: Case): CaseEvent {
  return { type, caseId: c.id, at: c.updatedAt, case: summarise(c) };
}

/** Publish/subscribe of queue changes. */
export interface CaseEvents {
  /** Sends to every subscriber (in every instance, for Redis). */
  publish(event: CaseEvent): Promise<void>;
  /** Calls `listener` for each event until the returned function is called. Listener errors are logged, not thrown. */
  subscribe(listener: (event: CaseEvent) => void): () => void;
  /** Stops delivery and frees connections. */
  close(): Promise<void>;
}

function deliver(listener: (event: CaseEvent) => void, event: CaseEvent): void {
  try {
    listener(event);
  } catch (err) {
    log.warn('SP_CASE_EVENT_LISTENER', { caseId: event.caseId, detail: (err as Error)?.name ?? 'Error' });
  }
}

/** In-process events (one instance, or tests). */
export class InMemoryCaseEvents implements CaseEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: CaseEvent): Promise<void> {
    this.emitter.emit('event', structuredClone(event));
  }

  subscribe(listener: (event: CaseEvent) => void): () => void {
    const wrapped = (e: CaseEvent) => deliver(listener, e);
    this.emitter.on('event', wrapped);
    return () => this.emitter.off('event', wrapped);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Options for {@link RedisCaseEvents}. */
export interface RedisCaseEventsOptions {
  /** Client to publish with (may be shared). A duplicate is made for subscribing and closed by `close()`. */
  client: Redis;
  /** The pub/sub channel, e.g. `signpost:handoff:events`. */
  channel: string;
}

/** Events through Redis pub/sub, so every instance's consoles see the same live queue. */
export class RedisCaseEvents implements CaseEvents {
  private readonly client: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private readonly local = new InMemoryCaseEvents();
  private readonly subscribed: Promise<void>;

  constructor(options: RedisCaseEventsOptions) {
    this.client = options.client;
    this.channel = options.channel;
    this.subscriber = options.client.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const event = parseEvent(message);
      if (event) void this.local.publish(event);
    });
    this.subscribed = this.subscriber.subscribe(this.channel).then(() => undefined);
    // A failed subscribe is reported by ready(); keep it from being an unhandled rejection meanwhile.
    this.subscribed.catch(() => undefined);
  }

  /** Resolves once this instance receives events (the subscription is in place). */
  ready(): Promise<void> {
    return this.subscribed;
  }

  async publish(event: CaseEvent): Promise<void> {
    await this.client.publish(this.channel, JSON.stringify(event));
  }

  subscribe(listener: (event: CaseEvent) => void): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    try {
      await this.subscriber.quit();
    } catch {
      this.subscriber.disconnect();
    }
  }
}

function parseEvent(message: string): CaseEvent | undefined {
  try {
    const parsed = caseEventSchema.safeParse(JSON.parse(message));
    if (parsed.success) return parsed.data as unknown as CaseEvent;
  } catch {
    // fall through
  }
  log.warn('SP_CASE_EVENT_INVALID', { detail: 'dropped a malformed queue event' });
  return undefined;
}
