/**
 * The agent console's static assets: served with a strict CSP, no inline script or style, and every
 * element id the script uses exists in the page (stable ids for the browser test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgentAuth } from '../../src/handoff/agentAuth';
import { InMemoryCaseEvents } from '../../src/handoff/caseEvents';
import { InMemoryCaseStore } from '../../src/handoff/inMemoryCaseStore';
import { RecordingRelay, startApi, type ApiHarness } from './support';

const PAGE = join(__dirname, '../../channels/agent/page');
const html = readFileSync(join(PAGE, 'index.html'), 'utf8');
const js = readFileSync(join(PAGE, 'app.js'), 'utf8');

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi({ cases: new InMemoryCaseStore(), events: new InMemoryCaseEvents(), relay: new RecordingRelay(), auth: new AgentAuth({ agents: {} }) });
});
afterAll(() => api.close());

describe('agent console', () => {
  it('serves the page, script and styles with a CSP that allows only this origin', async () => {
    for (const [path, type] of [['/agent', 'text/html'], ['/agent/app.js', 'text/javascript'], ['/agent/styles.css', 'text/css']] as const) {
      const res = await fetch(`${api.url}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('content-type')).toContain(type);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${api.url}/agent/index.html`)).status).toBe(404);
    expect((await fetch(`${api.url}/agent/..%2Fagentroutes.ts`)).status).toBe(404);
  });

  it('has no inline scripts, handlers or styles', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style/i);
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('every id the script uses exists once in the page, and every field has a label', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const allIds = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(allIds.length).toBe(ids.size);
    const used = [...js.matchAll(/\$\('([^']+)'\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect([id, ids.has(id)]).toEqual([id, true]);
    for (const m of html.matchAll(/<(input|textarea)[^>]*\sid="([^"]+)"/g)) {
      expect(html).toContain(`for="${m[2]}"`);
    }
    for (const id of ['signin-form', 'agent-id', 'password', 'signin-button', 'queue-table', 'queue-body', 'case-view', 'case-answers',
      'case-transcript', 'chat-log', 'chat-text', 'chat-send-button', 'claim-button', 'release-button', 'close-open-button',
      'close-note', 'close-confirm-button', 'live-status']) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('shows the answers before the transcript, and the transcript before the chat', () => {
    const at = (id: string) => html.indexOf(`id="${id}"`);
    expect(at('case-answers')).toBeLessThan(at('case-transcript'));
    expect(at('case-transcript')).toBeLessThan(at('chat-log'));
    expect(at('chat-log')).toBeLessThan(at('chat-form'));
  });
});
