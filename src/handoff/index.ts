/**
 * Human handoff core: cases, their stores and live events, agent sign-in, adviser hours, the
 * no-agent fallback timer, and the relay contract the bot layer implements. No botbuilder, no restify.
 */
export * from './case';
export * from './caseStore';
export { InMemoryCaseStore, type InMemoryCaseStoreOptions } from './inMemoryCaseStore';
export { RedisCaseStore, type RedisCaseStoreOptions } from './redisCaseStore';
export * from './caseEvents';
export { PublishingCaseStore } from './publishingCaseStore';
export * from './agentAuth';
export * from './hours';
export * from './relay';
export { describeFacts, benefitName, FACT_LABELS, type Answer } from './factLabels';
export { NoAgentWatch, type NoAgentWatchOptions } from './noAgentWatch';
