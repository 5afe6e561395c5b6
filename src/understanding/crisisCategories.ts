/**
 * Stable ids of the safety categories that interrupt the benefits conversation (reference Part 3.1).
 * They are a public interface (`triage.safeguarding.category`): never change a meaning.
 */
export const CRISIS_CATEGORIES = [
  'danger-now',
  'suicide-self-harm',
  'child-at-risk',
  'domestic-abuse',
  'homeless-tonight',
  'no-food-or-money',
] as const;

/** One safety category id. */
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];
