/**
 * A clean, printable summary of a web chat's results: likely help by theme, what is worth checking,
 * why, how to claim, the documents checklist and how the benefits affect each other. Reached from the
 * page's "Print your results" with the conversation's own token, so nobody else can read it.
 */
import type * as restify from 'restify';
import type { Engine } from '../../src/rules';
import type { Storage } from '../../src/state/storage';
import { readTriageState } from '../../src/conversation/triageState';
import { outcomeContent } from '../../src/content/outcomeContent';
import { documentChecklist, explainWhy } from '../../src/content/renderOutcomeText';
import type { Signpost } from '../../src/rules/outcome';
import type { TokenService } from './tokens';
import { WEBCHAT_CHANNEL_ID } from './directLineAdapter';

export interface SummaryDeps {
  storage: Storage;
  engine: Engine;
  tokens: TokenService;
  now: () => Date;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function registerSummaryPage(server: restify.Server, deps: SummaryDeps): void {
  server.get('/summary/:id', async (req: restify.Request, res: restify.Response) => {
    const id = String(req.params.id ?? '');
    const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token') ?? '';
    const check = deps.tokens.verify(token);
    if (!check.ok || check.conversationId !== id) return page(res, 403, 'You cannot see these results', '<p>This link has expired or is not yours. Go back to the chat and choose "Print your results" again.</p>');
    const stored = await deps.storage.read([`${WEBCHAT_CHANNEL_ID}/conversations/${id}/`]);
    const doc = stored[`${WEBCHAT_CHANNEL_ID}/conversations/${id}/`] as { triage?: unknown } | undefined;
    let facts = {};
    try { facts = readTriageState(doc?.triage)?.facts ?? {}; } catch { facts = {}; }
    if (Object.keys(facts).length === 0) return page(res, 404, 'No results yet', '<p>Answer the questions in the chat first.</p>');
    return page(res, 200, 'Your Signpost results', render(deps, facts));
  });
}

function render(deps: SummaryDeps, facts: object): string {
  const kb = deps.engine.kb;
  const c = outcomeContent('en');
  const outcome = deps.engine.evaluate(facts, deps.now());
  const item = (s: Signpost) => {
    const b = kb.benefits.get(s.benefit);
    if (!b) return '';
    const why = explainWhy(kb, c, s);
    return `<li><h3>${esc(b.name)}</h3><p>${esc(b.summary)}</p>${why ? `<p><strong>${esc(c.headings.why ?? '')}:</strong> ${esc(why)}</p>` : ''}<p><strong>${esc(c.headings.claim ?? '')}:</strong> ${esc(b.claim.how)}${b.claim.phone ? ` Phone ${esc(b.claim.phone)}.` : ''}</p></li>`;
  };
  const likely = outcome.signposts.filter((s) => !s.received && s.likelihood === 'likely');
  const possible = outcome.signposts.filter((s) => !s.received && s.likelihood === 'possible');
  const docs = documentChecklist(kb, outcome.signposts);
  return [
    `<p>${esc(c.headings.intro ?? '')}</p><p>Date: ${esc(deps.now().toISOString().slice(0, 10))}</p>`,
    likely.length ? `<h2>${esc(c.headings.likely ?? '')}</h2><ul class="list">${likely.map(item).join('')}</ul>` : `<p>${esc(c.headings.none ?? '')}</p>`,
    possible.length ? `<h2>${esc(c.headings.possible ?? '')}</h2><ul class="list">${possible.map(item).join('')}</ul>` : '',
    docs.length ? `<h2>${esc(c.headings.documents ?? '')}</h2><ul class="checklist">${docs.map((d) => `<li>&#9744; ${esc(d)}</li>`).join('')}</ul>` : '',
    outcome.warnings.length ? `<h2>${esc(c.headings.warnings ?? '')}</h2><ul>${outcome.warnings.map((w) => `<li>${esc(w.text)}</li>`).join('')}</ul>` : '',
    outcome.escalation ? `<h2>${esc(c.headings.adviser ?? '')}</h2><ul>${outcome.escalation.reasons.map((r) => `<li>${esc(c.reasons[r] ?? r)}</li>`).join('')}</ul>` : '',
    '<p>Citizens Advice Adviceline: 0800 144 8848 (England), 0800 702 2020 (Wales).</p>',
  ].join('\n');
}

function page(res: restify.Response, status: number, title: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)} - Signpost</title><style>body{font-family:arial,sans-serif;color:#0b0c0c;max-width:40em;margin:20px auto;padding:0 15px;font-size:19px;line-height:1.32}h1{font-size:32px}h2{font-size:24px;margin-top:30px;border-bottom:2px solid #0b0c0c}h3{font-size:19px;margin:15px 0 5px}.list{list-style:none;padding:0}.checklist{list-style:none;padding:0}.checklist li{margin:5px 0}@media print{body{font-size:12pt;margin:0}a{color:#0b0c0c}}</style></head>
<body><main><h1>${esc(title)}</h1>${body}</main></body></html>`);
}
