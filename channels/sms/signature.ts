/**
 * Twilio's webhook signature (`X-Twilio-Signature`), as twilio-node's `validateRequest` computes it:
 * base64(HMAC-SHA1(authToken, url + for each POST parameter sorted by name: name + value)), where
 * a repeated parameter contributes each distinct value, sorted. The URL is the exact public URL
 * Twilio called (scheme, host, path, query). Because Twilio is not consistent about default ports,
 * a signature over the URL with or without `:443`/`:80` is accepted. Comparison is constant-time.
 * Framework-free.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** POST parameters: each name with its values in the order posted. */
export type FormParams = Record<string, string[]>;

/** Parses an `application/x-www-form-urlencoded` body, keeping repeated names and every parameter. */
export function parseForm(body: string): FormParams {
  const out: FormParams = Object.create(null) as FormParams;
  for (const [k, v] of new URLSearchParams(body)) (out[k] ??= []).push(v);
  return out;
}

/** The signature Twilio sends for `url` and `params`. */
export function twilioSignature(authToken: string, url: string, params: FormParams | Record<string, string>): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = Array.isArray(value) ? [...new Set(value)].sort() : [value ?? ''];
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** `url` with the scheme's default port written out (https → :443), and without any port. */
function urlVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const variants = new Set<string>([url]);
  const defaultPort = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '';
  if (!parsed.port && defaultPort) {
    variants.add(`${parsed.protocol}//${userInfo(parsed)}${parsed.host}:${defaultPort}${parsed.pathname}${parsed.search}${parsed.hash}`);
    variants.add(parsed.toString());
  } else if (parsed.port) {
    const copy = new URL(parsed.toString());
    copy.port = '';
    variants.add(copy.toString());
    variants.add(parsed.toString());
  }
  return [...variants];
}

function userInfo(u: URL): string {
  if (!u.username && !u.password) return '';
  return `${u.username}${u.password ? `:${u.password}` : ''}@`;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // Compare equal-length buffers so timing does not reveal where they differ.
  if (x.length !== y.length) {
    timingSafeEqual(x, x);
    return false;
  }
  return timingSafeEqual(x, y);
}

/**
 * Whether `signature` (the X-Twilio-Signature header) is Twilio's for this request.
 * @param url the public URL Twilio called, with its query string
 */
export function validTwilioSignature(authToken: string, signature: string | undefined, url: string, params: FormParams | Record<string, string>): boolean {
  if (!signature || !authToken) return false;
  let ok = false;
  // Check every variant (no early exit) so timing does not depend on which one matched.
  for (const u of urlVariants(url)) ok = safeEqual(signature, twilioSignature(authToken, u, params)) || ok;
  return ok;
}
