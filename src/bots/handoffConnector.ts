/**
 * The pluggable connector that carries the standard Bot Framework `handoff.initiate` event to an
 * external contact-centre platform. Ordinary channels never receive the raw event: it goes here.
 */
import type { Activity } from 'botbuilder';
import { log } from '../logger';

export interface HandoffConnector {
  /** Delivers a `handoff.initiate` event activity (with the transcript attached). */
  initiate(event: Partial<Activity>): Promise<void>;
}

/** Posts the event as JSON to a platform's endpoint (e.g. a Direct Line bridge or a CRM webhook). */
export class HttpHandoffConnector implements HandoffConnector {
  constructor(private readonly url: string, private readonly fetchFn: typeof fetch = fetch) {}

  async initiate(event: Partial<Activity>): Promise<void> {
    const res = await this.fetchFn(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    if (!res.ok) log.warn('SP_HANDOFF_FAILED', { status: res.status, detail: 'connector' });
  }
}
