/**
 * Serves the agent console: `GET /agent` (the page), `/agent/app.js`, `/agent/styles.css`.
 * Strict CSP: scripts and styles only from this origin, no inline code, no framing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as restify from 'restify';

const PAGE_DIR = join(__dirname, 'page');
const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'styles.css': 'text/css; charset=utf-8',
};

/** Headers on every console response. */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

function send(res: restify.Response, type: string, body: Buffer): void {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...CONSOLE_SECURITY_HEADERS });
  res.end(body);
}

/** Mounts the console's page and assets (read once, at registration). */
export function registerAgentConsole(server: restify.Server): void {
  const index = readFileSync(join(PAGE_DIR, 'index.html'));
  const files = new Map(Object.keys(ASSETS).map((f) => [f, readFileSync(join(PAGE_DIR, f))]));

  server.get('/agent', async (_req: restify.Request, res: restify.Response) => send(res, 'text/html; charset=utf-8', index));
  server.get('/agent/:file', async (req: restify.Request, res: restify.Response) => {
    const name = String(req.params?.file ?? '');
    const body = files.get(name);
    const type = ASSETS[name];
    if (!body || !type) {
      res.status(404);
      res.header('Cache-Control', 'no-store');
      res.json({ code: 'SP_NOT_FOUND', message: 'There is nothing at this address.' });
      return;
    }
    send(res, type, body);
  });
}
