/**
 * A small JSON-over-HTTP client for the benchmarks on Node's `http` with a keep-alive agent: one
 * socket per concurrent conversation, loopback only, a timeout on every request. No dependencies.
 */
import * as http from 'node:http';

export interface PostResult {
  /** HTTP status; 0 when the request failed before a response (connection error, timeout). */
  status: number;
  /** Parsed JSON body, or undefined when empty or not JSON. */
  body: unknown;
  /** Time from sending the request to having the whole body parsed, in ms. */
  ms: number;
  /** Set when the request failed before a response. */
  error?: string;
}

export interface JsonClient {
  post(path: string, body: unknown): Promise<PostResult>;
  close(): void;
}

const LOOPBACK = '127.0.0.1';

/**
 * A client for `http://127.0.0.1:<port>`. The host is fixed: benchmark traffic never leaves the machine.
 * @param maxSockets at most this many requests in flight (the number of concurrent conversations)
 * @param timeoutMs a request taking longer than this fails with status 0
 */
export function jsonClient(port: number, maxSockets: number, timeoutMs = 10_000): JsonClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  return {
    post(path, body) {
      const payload = Buffer.from(JSON.stringify(body));
      const start = process.hrtime.bigint();
      const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
      return new Promise<PostResult>((resolve) => {
        let settled = false;
        const done = (r: PostResult) => { if (!settled) { settled = true; resolve(r); } };
        const req = http.request({
          host: LOOPBACK,
          port,
          path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': payload.length },
        }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
            done({ status: res.statusCode ?? 0, body: parsed, ms: elapsed() });
          });
          res.on('error', (e) => done({ status: 0, body: undefined, ms: elapsed(), error: e.message }));
        });
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
        req.on('error', (e) => done({ status: 0, body: undefined, ms: elapsed(), error: e.message }));
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
