/**
 * Questions are data (`knowledge/questions.json`): which fact, in what order, and when it is worth
 * asking. The words live apart, in `knowledge/content/<lang>/questions.json`.
 */
import { z } from 'zod';
import { conditionSchema } from '../rules/ruleSchema';

export const questionSchema = z.object({
  /** A contract fact id. */
  fact: z.string(),
  /** Lower is asked earlier when several questions could change the outcome. */
  priority: z.number().int().min(0),
  /**
   * Asked only when this holds on known facts (e.g. children's ages only when there are children).
   * Absent: always relevant.
   */
  askWhen: conditionSchema.optional(),
  /**
   * A screening fact is about a rarer situation (bereavement, an injury in service...). Until the
   * person says so, rules treat it as not applying; it is asked whenever `askWhen` holds.
   */
  screening: z.boolean().default(false),
  /**
   * The value the fact takes while `askWhen` is known to be false: no health condition means no daily
   * living needs; no children means no children's ages. Absent: it stays unknown. Never stored: it is
   * what the answers already given imply, recomputed on every assessment.
   */
  whenNotAsked: z.union([z.boolean(), z.number(), z.string(), z.array(z.number())]).optional(),
  /** For numbers: the smallest and largest answer accepted. */
  min: z.number().optional(),
  max: z.number().optional(),
}).strict();
export type Question = z.infer<typeof questionSchema>;

/** The words for a question, keyed by fact id in `knowledge/content/<lang>/questions.json`. */
export const questionCopySchema = z.object({
  ask: z.string().min(3),
  help: z.string().min(3),
  choices: z.record(z.string().min(1)).optional(),
}).strict();
export type QuestionCopy = z.infer<typeof questionCopySchema>;
export const questionCopyFileSchema = z.record(questionCopySchema);
