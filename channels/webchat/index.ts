/**
 * Web Chat over a local Direct Line 3.0 subset: mount with {@link registerDirectLine} on the app's
 * restify server; production uses {@link RedisActivityStore}, tests and local runs may use
 * {@link InMemoryActivityStore}.
 */
export { registerDirectLine, DIRECTLINE_PREFIXES, WEBCHAT_SERVICE_URL } from './directLineRoutes';
export type { DirectLineDeps, DirectLineMount } from './directLineRoutes';
export { DirectLineAdapter, BOT_ACCOUNT, WEBCHAT_CHANNEL_ID } from './directLineAdapter';
export type { DirectLineAdapterOptions } from './directLineAdapter';
export {
  InMemoryActivityStore, RedisActivityStore, activityId, DEFAULT_PAGE_SIZE,
} from './activityStore';
export type {
  ActivityStore, ActivityPage, LoggedActivity, NewActivity, InMemoryActivityStoreOptions, RedisActivityStoreOptions,
} from './activityStore';
export {
  TokenService, newConversationId, conversationIdSchema, DEFAULT_TOKEN_TTL_SECONDS, MIN_SECRET_BYTES,
} from './tokens';
export type { TokenServiceOptions, IssuedToken, TokenCheck } from './tokens';
export { inboundActivitySchema, MAX_TEXT_CHARS } from './schemas';
export type { InboundActivity } from './schemas';
