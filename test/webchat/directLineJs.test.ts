/**
 * The real client: DirectLineJS 0.15.5 (the one Web Chat 4.18.1 bundles) in polling mode against the
 * bridge, with its ajax calls carried by fetch (Node has no XMLHttpRequest). It starts the
 * conversation, polls with its own watermark, posts as Web Chat does, gets the echo with the
 * service id and the bot's replies, and refreshes its token through the routes.
 */
import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import { startHarness, webChatMessage, type Harness } from './directLineHarness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

interface AjaxRequest { method?: string; url?: string; body?: unknown; headers?: Record<string, string> }

/** rxjs-5 ajax over fetch: emits `{ status, response }`, errors with `{ status }` like AjaxError. */
function fetchAjax(seen: string[]) {
  return (request: AjaxRequest) => Observable.create((subscriber: any) => {
    const url = new URL(request.url ?? '');
    seen.push(`${request.method ?? 'GET'} ${url.pathname}${url.search}`);
    fetch(url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    }).then(async (res) => {
      const text = await res.text();
      const response = text ? JSON.parse(text) : null;
      if (res.status >= 400) subscriber.error({ status: res.status, response });
      else { subscriber.next({ status: res.status, response }); subscriber.complete(); }
    }, (error: unknown) => subscriber.error({ status: 0, error }));
  });
}

function waitFor<T>(items: T[], predicate: (item: T) => boolean, label: string, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const found = items.find(predicate);
      if (found !== undefined) return resolve(found);
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${label}`));
      setTimeout(tick, 25);
    };
    tick();
  });
}

it('carries a Web Chat conversation end to end in polling mode', async () => {
  const { token } = await h.newToken();
  const seen: string[] = [];
  const dl = new DirectLine({
    domain: `${h.url}/v3/directline`, token, webSocket: false, pollingInterval: 200,
    ajax: fetchAjax(seen) as any, WebSocket: class {} as any,
  });
  const activities: any[] = [];
  const statuses: number[] = [];
  const statusSub = dl.connectionStatus$.subscribe((s) => statuses.push(s));
  const sub = dl.activity$.subscribe((a) => activities.push(a));
  try {
    const consent = await waitFor(activities, (a) => a.channelData?.triage?.ask?.fact === 'consent', 'the consent question');
    expect(consent.from).toMatchObject({ role: 'bot' });
    expect(statuses).toContain(ConnectionStatus.Online);
    const conversationId = (dl as any).conversationId as string;

    const outgoing = webChatMessage('yes', 'djs-1') as any;
    const id = await new Promise<string>((resolve, reject) => dl.postActivity(outgoing).subscribe(resolve, reject));
    expect(id).toMatch(new RegExp(`^${conversationId}\\|\\d+$`));
    const echo = await waitFor(activities, (a) => a.channelData?.clientActivityID === 'djs-1', 'the echo');
    expect(echo).toMatchObject({ id, from: { role: 'user' }, text: 'yes' });
    const nation = await waitFor(activities, (a) => a.channelData?.triage?.ask?.fact === 'nation', 'the next question');
    expect(nation.replyToId).toBe(id);
    // Each activity arrives once: the watermark moves on.
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);

    // DirectLineJS's own refresh call (it runs it every 15 minutes).
    const refreshed = await new Promise<string>((resolve, reject) => (dl as any).refreshToken().subscribe(resolve, reject));
    expect(typeof refreshed).toBe('string');

    expect(seen[0]).toBe('POST /v3/directline/conversations');
    expect(seen).toContain(`GET /v3/directline/conversations/${conversationId}/activities?watermark=`);
    expect(seen).toContain(`POST /v3/directline/conversations/${conversationId}/activities`);
    expect(seen).toContain('POST /v3/directline/tokens/refresh');
    expect(statuses).not.toContain(ConnectionStatus.FailedToConnect);
  } finally {
    sub.unsubscribe();
    statusSub.unsubscribe();
    dl.end();
  }
});
