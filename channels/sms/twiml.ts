/** TwiML messaging responses: `<Response>` with one `<Message>` per text, or empty (no reply). Framework-free. */

/** Characters XML 1.0 cannot carry at all. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A TwiML document replying with `messages` (none: an empty `<Response/>`, which sends nothing). */
export function twimlResponse(messages: string[]): string {
  const body = messages.filter((m) => m.length > 0).map((m) => `<Message>${escapeXml(m)}</Message>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${body ? `<Response>${body}</Response>` : '<Response/>'}`;
}
