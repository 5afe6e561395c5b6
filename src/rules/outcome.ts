/**
 * The triage outcome, shaped as `triage.outcome` in the public protocol
 * (`shared/contracts/triage-protocol.md`), with warnings from the relationship graph.
 */
import { z } from 'zod';
import { factsSchema } from '../facts/facts';
import { escalationLevelSchema, likelihoodSchema } from './ruleSchema';
import { edgeTypeSchema } from '../knowledge/schemas';

export const signpostSchema = z.object({
  benefit: z.string(),
  likelihood: likelihoodSchema,
  /** Fact ids that decided it. */
  because: z.array(z.string()),
  /** How and where to claim, one short line. */
  claim: z.string(),
  /** True when the household already gets it (it still opens doors to other help). */
  received: z.boolean().optional(),
  /** Benefits that passport to this one. */
  via: z.array(z.string()).optional(),
});
export type Signpost = z.infer<typeof signpostSchema>;

export const escalationSchema = z.object({ level: escalationLevelSchema, reasons: z.array(z.string()).min(1) });
export type Escalation = z.infer<typeof escalationSchema>;

/** How two benefits affect each other, from an edge, when both are in play. */
export const warningSchema = z.object({
  edge: z.string(),
  type: edgeTypeSchema,
  from: z.string(),
  to: z.string(),
  text: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

export const outcomeSchema = z.object({
  signposts: z.array(signpostSchema),
  escalation: escalationSchema.optional(),
  warnings: z.array(warningSchema),
  facts: factsSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;
