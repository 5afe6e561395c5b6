/**
 * A {@link CaseStore} that announces every change on {@link CaseEvents}, so the live queue updates
 * whoever made the change (the bot opening a case, an agent claiming, the person writing).
 * Give this one store to both the bot layer and the agent API.
 */
import { log } from '../logger';
import type { CallbackInput, Case, CaseTranscriptEntry, NewCase, NewMessage, NoAgent } from './case';
import { caseEvent, type CaseEvents, type CaseEventType } from './caseEvents';
import type { CaseStore } from './caseStore';

/** Wraps a store; publishing failures are logged, never fail the change (the case is the truth). */
export class PublishingCaseStore implements CaseStore {
  constructor(private readonly inner: CaseStore, private readonly events: CaseEvents) {}

  async create(input: NewCase): Promise<Case> {
    const c = await this.inner.create(input);
    return this.announce(c.audit.at(-1)?.action === 'escalated' ? 'updated' : 'created', c);
  }

  get(id: string): Promise<Case | undefined> {
    return this.inner.get(id);
  }

  listQueue(): Promise<Case[]> {
    return this.inner.listQueue();
  }

  async claim(id: string, agentId: string): Promise<Case> {
    return this.announce('claimed', await this.inner.claim(id, agentId));
  }

  async release(id: string, agentId: string): Promise<Case> {
    return this.announce('released', await this.inner.release(id, agentId));
  }

  async close(id: string, agentId: string, note: string): Promise<Case> {
    return this.announce('closed', await this.inner.close(id, agentId, note));
  }

  async addMessage(id: string, message: NewMessage): Promise<Case> {
    return this.announce('message', await this.inner.addMessage(id, message));
  }

  async appendTranscript(id: string, entries: CaseTranscriptEntry[]): Promise<Case> {
    return this.announce('updated', await this.inner.appendTranscript(id, entries));
  }

  async setCallback(id: string, callback: CallbackInput): Promise<Case> {
    return this.announce('updated', await this.inner.setCallback(id, callback));
  }

  async markNoAgent(id: string, reason: NoAgent['reason']): Promise<Case | undefined> {
    const c = await this.inner.markNoAgent(id, reason);
    return c ? this.announce('updated', c) : undefined;
  }

  findOpenByConversation(conversationKey: string): Promise<Case | undefined> {
    return this.inner.findOpenByConversation(conversationKey);
  }

  async forgetConversation(conversationKey: string): Promise<Case | undefined> {
    const c = await this.inner.forgetConversation(conversationKey);
    // Consoles drop it from the live queue as if closed; nothing about it stays to be shown.
    if (c) await this.announce('closed', { ...c, status: 'closed' });
    return c;
  }

  private async announce(type: CaseEventType, c: Case): Promise<Case> {
    try {
      await this.events.publish(caseEvent(type, c));
    } catch (err) {
      log.warn('SP_CASE_EVENT_PUBLISH_FAILED', { caseId: c.id, detail: (err as Error)?.name ?? 'Error' });
    }
    return c;
  }
}
