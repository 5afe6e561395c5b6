/**
 * Conversation ids from phone numbers: `sms-<hex>` where hex = HMAC-SHA256(salt, E.164 number).
 * The same number always reaches the same conversation (while the salt is the same); the id, logs
 * and stored state never hold the number itself. Framework-free.
 */
import { createHmac } from 'node:crypto';

const CONVERSATION_PREFIX = 'sms-';
const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The number as Twilio sends it, without spaces or punctuation a gateway might add ("+44 7700 900123"). */
export function normalisePhone(phone: string): string {
  const t = phone.trim();
  return /^\+?[\d\s().-]+$/.test(t) ? t.replace(/[\s().-]/g, '') : t;
}

/** HMAC-SHA256(salt, number) as lower-case hex. */
export function hashPhone(salt: string, phone: string): string {
  return createHmac('sha256', salt).update(normalisePhone(phone), 'utf8').digest('hex');
}

/** The conversation id for a hash. */
export function conversationIdOf(hash: string): string {
  return `${CONVERSATION_PREFIX}${hash}`;
}

/** The hash in an SMS conversation id, or undefined if it is not one. */
export function hashOfConversationId(conversationId: string | undefined): string | undefined {
  if (!conversationId?.startsWith(CONVERSATION_PREFIX)) return undefined;
  const hash = conversationId.slice(CONVERSATION_PREFIX.length);
  return HASH_PATTERN.test(hash) ? hash : undefined;
}
