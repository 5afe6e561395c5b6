/**
 * Text messages (Twilio-compatible): mount with {@link registerSms} on the app's restify server.
 * Production uses the Redis stores ({@link createRedisSmsStores}); local runs and tests may use
 * {@link createInMemorySmsStores}.
 */
import type Redis from 'ioredis';
import { InMemoryOptOutStore, RedisOptOutStore, type OptOutStore } from './optOuts';
import { InMemoryPhoneStore, RedisPhoneStore, type PhoneStore } from './phoneStore';
import {
  InMemorySeenMessages, InMemorySmsSessionStore, RedisSeenMessages, RedisSmsSessionStore,
  type SeenMessageStore, type SmsSessionStore,
} from './sessionStore';

export { registerSms, smsConfigFrom, SMS_PATH } from './smsRoutes';
export type { SmsDeps, SmsMount, SmsRouteConfig } from './smsRoutes';
export { SmsAdapter, smsTurnError, SMS_CHANNEL_ID, SMS_BOT_ACCOUNT, SMS_SERVICE_URL } from './smsAdapter';
export type { SmsAdapterOptions, InboundText, SmsTurnResult } from './smsAdapter';
export { SmsRestClient, SmsSendError, restClientFromConfig, TWILIO_OPTED_OUT_CODE } from './restClient';
export type { SmsRestClientOptions } from './restClient';
export { InMemoryOptOutStore, RedisOptOutStore } from './optOuts';
export type { OptOutStore, RedisOptOutStoreOptions } from './optOuts';
export { InMemoryPhoneStore, RedisPhoneStore } from './phoneStore';
export type { PhoneStore, RedisPhoneStoreOptions } from './phoneStore';
export {
  InMemorySmsSessionStore, RedisSmsSessionStore, InMemorySeenMessages, RedisSeenMessages, SEEN_WINDOW_SECONDS,
} from './sessionStore';
export type { SmsSession, SmsSessionStore, SeenMessageStore } from './sessionStore';
export { twilioSignature, validTwilioSignature, parseForm } from './signature';
export { segmentInfo, countSegments, normaliseForSms, encodingOf, LIMITS } from './segments';
export { renderActivity, composeReply, plainText, MAX_REPLY_SEGMENTS } from './render';
export { mapNumberedReply } from './numberedReply';
export { hashPhone, conversationIdOf, hashOfConversationId } from './phoneHash';
export { smsContent } from './smsContent';

/** The stores the SMS channel keeps. */
export interface SmsStores {
  optOuts: OptOutStore;
  phones: PhoneStore;
  sessions: SmsSessionStore;
  seen: SeenMessageStore;
}

/** In-process stores (local runs and tests). `ttlSeconds`: the state TTL. */
export function createInMemorySmsStores(opts: { ttlSeconds: number }): SmsStores {
  return {
    optOuts: new InMemoryOptOutStore(),
    phones: new InMemoryPhoneStore(opts.ttlSeconds),
    sessions: new InMemorySmsSessionStore(opts.ttlSeconds),
    seen: new InMemorySeenMessages(),
  };
}

/**
 * Redis stores under `prefix` (e.g. `signpost:sms:`): `optout:` (no expiry), `phone:` and
 * `session:` (the state TTL), `sid:` (a few minutes). Keys hold salted hashes and sids, never numbers.
 */
export function createRedisSmsStores(opts: { client: Redis; prefix: string; ttlSeconds: number }): SmsStores {
  const { client, prefix, ttlSeconds } = opts;
  return {
    optOuts: new RedisOptOutStore({ client, prefix: `${prefix}optout:` }),
    phones: new RedisPhoneStore({ client, prefix: `${prefix}phone:`, ttlSeconds }),
    sessions: new RedisSmsSessionStore({ client, prefix: `${prefix}session:`, ttlSeconds }),
    seen: new RedisSeenMessages({ client, prefix: `${prefix}sid:` }),
  };
}
