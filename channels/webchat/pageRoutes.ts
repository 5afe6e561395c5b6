/**
 * Serves the chat page on `GET /` and stock Bot Framework Web Chat from node_modules, with no CDN.
 * botframework-webchat exports only its main entry, so its `dist/` is found beside that entry.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as restify from 'restify';

const PAGE_DIR = join(__dirname, 'page');
const PAGE_FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'strings.js': 'text/javascript; charset=utf-8',
  'styles.css': 'text/css; charset=utf-8',
};

/** The directory holding webchat.js, found from the package's main entry. */
export function webChatDistDir(): string {
  const main = require.resolve('botframework-webchat');
  let dir = dirname(main);
  for (let i = 0; i < 4; i++) {
    try {
      readFileSync(join(dir, 'dist', 'webchat.js'), { flag: 'r' }).subarray(0, 1);
      return join(dir, 'dist');
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('botframework-webchat dist/webchat.js not found');
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
};

function send(res: restify.Response, type: string, body: Buffer | string, cacheSeconds: number): void {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

export function registerWebChatPage(server: restify.Server): void {
  const bundle = readFileSync(join(webChatDistDir(), 'webchat.js'));
  const index = readFileSync(join(PAGE_DIR, 'index.html'));
  const files = new Map(Object.keys(PAGE_FILES).map((f) => [f, readFileSync(join(PAGE_DIR, f))]));

  server.get('/', async (_req: restify.Request, res: restify.Response) => send(res, 'text/html; charset=utf-8', index, 0));
  server.get('/webchat/webchat.js', async (_req: restify.Request, res: restify.Response) => send(res, 'text/javascript; charset=utf-8', bundle, 3600));
  server.get('/webchat/page/:file', async (req: restify.Request, res: restify.Response) => {
    const name = String(req.params.file ?? '');
    const body = files.get(name);
    const type = PAGE_FILES[name];
    if (!body || !type) {
      res.status(404);
      res.json({ code: 'SP_NOT_FOUND', message: 'There is nothing at this address.' });
      return;
    }
    send(res, type, body, 300);
  });
}
