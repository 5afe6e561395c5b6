/**
 * Rules are json-rules-engine rules stored as JSON in `knowledge/rules/`. This schema accepts the
 * subset Signpost uses: `all` / `any` blocks, named conditions (`{ "condition": name }`), and leaf
 * conditions with the engine's default operators. `not` is refused so that every rule is monotone,
 * which is what makes "unknown" evaluate soundly (see docs/adr/0001-rule-evaluation.md).
 */
import { z } from 'zod';

export const OPERATORS = [
  'equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'contains', 'doesNotContain',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface LeafCondition {
  fact: string;
  operator: Operator;
  value?: unknown;
  params?: Record<string, string | number>;
}
export interface ConditionRef { condition: string }
export interface AllCondition { all: Condition[] }
export interface AnyCondition { any: Condition[] }
export type Condition = LeafCondition | ConditionRef | AllCondition | AnyCondition;

export const leafConditionSchema = z.object({
  fact: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: z.unknown(),
  params: z.record(z.union([z.string(), z.number()])).optional(),
}).strict();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() => z.union([
  leafConditionSchema,
  z.object({ condition: z.string().min(1) }).strict(),
  z.object({ all: z.array(conditionSchema).min(1) }).strict(),
  z.object({ any: z.array(conditionSchema).min(1) }).strict(),
]));

/** The top level of a rule must be a block, as json-rules-engine requires. */
export const topConditionSchema = z.union([
  z.object({ all: z.array(conditionSchema) }).strict(),
  z.object({ any: z.array(conditionSchema).min(1) }).strict(),
]);

export const likelihoodSchema = z.enum(['likely', 'possible']);
export type Likelihood = z.infer<typeof likelihoodSchema>;

export const escalationLevelSchema = z.enum(['urgent', 'adviser', 'offer']);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/** A rule that signposts a benefit. `max: possible` for discretionary or assessed schemes. */
export const signpostRuleSchema = z.object({
  name: z.string().min(3),
  conditions: topConditionSchema,
  event: z.object({
    type: z.literal('signpost'),
    params: z.object({ benefit: z.string(), max: likelihoodSchema.default('likely') }).strict(),
  }).strict(),
}).strict();
export type SignpostRule = z.infer<typeof signpostRuleSchema>;

/** A rule that escalates to a human with a stable reason id and a level. */
export const escalationRuleSchema = z.object({
  name: z.string().min(3),
  conditions: topConditionSchema,
  event: z.object({
    type: z.literal('escalate'),
    params: z.object({
      reason: z.string().regex(/^[a-z0-9-]+$/),
      level: escalationLevelSchema,
      /** False: raise it when the facts are known, but never ask a question just to check it. Default true. */
      askFor: z.boolean().default(true),
    }).strict(),
  }).strict(),
}).strict();
export type EscalationRule = z.infer<typeof escalationRuleSchema>;

export const ruleFileSchema = z.array(z.union([signpostRuleSchema, escalationRuleSchema]));
/** Named, shared conditions (json-rules-engine `setCondition`). */
export const namedConditionsSchema = z.record(conditionSchema);
