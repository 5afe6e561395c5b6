/**
 * A loopback stand-in for the Bot Framework connector (the Teams `serviceUrl`): records activity posts
 * (`POST /v3/conversations/{id}/activities[/{replyToId}]`) and updates (`PUT .../activities/{id}`),
 * answering each with a new activity id. Conversation ids are recorded decoded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** PUT: the activity updated; POST: the activity replied to, if any. */
  activityId?: string;
  /** POST: the id given to the new activity. */
  newId?: string;
  activity: any;
}

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly unexpected: string[] = [];
  url = '';
  private server!: Server;
  private next = 1000;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
        let body: any;
        try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'); } catch { body = undefined; }
        if (!m || !body || (req.method !== 'POST' && req.method !== 'PUT')) {
          this.unexpected.push(`${req.method} ${path}`);
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'NotFound', message: 'fake connector' } }));
          return;
        }
        const conversationId = decodeURIComponent(m[1]!);
        const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
        const newId = req.method === 'POST' ? String(this.next++) : undefined;
        this.calls.push({ method: req.method as 'POST' | 'PUT', conversationId, activityId, newId, activity: body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: newId ?? activityId }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  posts(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId);
  }

  updates(conversationId: string, activityId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationId && c.activityId === activityId);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections?.();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The Adaptive Card in a posted activity, if any. */
export function cardOf(activity: any): any {
  return (activity?.attachments ?? []).find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}
