/**
 * Zod schemas for everything in `knowledge/`. Each type is derived from its schema, and the
 * loader parses every file through these at boot: a bad file stops start-up with the problem listed.
 * No botbuilder imports here: the knowledge base is framework-free.
 */
import { z } from 'zod';

/** A kebab-case id: benefits, documents, sources, reasons. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are lower-case kebab-case');
/** An ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/** A citation: a key into `knowledge/sources.json`. */
export const sourceKeySchema = z.string().regex(/^[A-Za-z0-9-]+$/);

/** One entry of the source catalogue (`knowledge/sources/*.json`). */
export const sourceSchema = z.object({
  key: sourceKeySchema,
  title: z.string().min(3),
  /** URLs, or `PolicyEngine/policyengine-uk:<path>` references. At least one. */
  urls: z.array(z.string().min(8)).min(1),
  /** False when the reference itself says the figure or rule could not be confirmed. */
  verified: z.boolean().default(true),
});
export type Source = z.infer<typeof sourceSchema>;

export const nationSchema = z.enum(['england', 'wales']);
export const themeSchema = z.enum([
  'money-to-live-on', 'pension-age', 'disability-and-health', 'carers', 'children-and-family',
  'childcare-and-education', 'housing-and-council-tax', 'health-costs', 'energy-and-bills',
  'transport', 'crisis-help', 'work', 'bereavement', 'veterans-and-injury', 'legal',
]);
export type Theme = z.infer<typeof themeSchema>;

export const claimMethodSchema = z.enum(['online', 'phone', 'form', 'automatic', 'in-person', 'through-provider', 'through-school']);

/** How and where to claim a benefit. */
export const claimSchema = z.object({
  /** Short line for the protocol's `claim` field, e.g. "Pension Service, phone or online". */
  short: z.string().min(3).max(90),
  methods: z.array(claimMethodSchema).min(1),
  /** Which body takes the claim. */
  body: z.string().min(2),
  /** Plain-English steps, one or two sentences. */
  how: z.string().min(10),
  phone: z.string().optional(),
  url: z.string().optional(),
  /** Form code such as SF100, where there is one. */
  form: z.string().optional(),
});

/** A benefit or scheme card (`knowledge/benefits/<id>.json`). */
export const benefitSchema = z.object({
  id: idSchema,
  name: z.string().min(3),
  /** Plain English, reading age about 9; one to three short sentences. */
  summary: z.string().min(20).max(400),
  runBy: z.string().min(2),
  nations: z.array(nationSchema).min(1),
  meansTested: z.enum(['yes', 'no', 'partly', 'via-benefits', 'discretionary']),
  theme: themeSchema,
  claim: claimSchema,
  /** Ids from `knowledge/documents.json`. Empty when nothing is needed (automatic payments). */
  documents: z.array(idSchema),
  /** Extra plain-English points worth knowing (optional). */
  notes: z.array(z.string().min(5)).default([]),
  /** Points the reference marks as unverified, kept visible here rather than silently trusted. */
  unverified: z.array(z.string().min(5)).default([]),
  sources: z.array(sourceKeySchema).min(1),
  /** The date this card's facts were checked against its sources. */
  checked: isoDateSchema,
});
export type Benefit = z.infer<typeof benefitSchema>;

export const periodSchema = z.enum(['week', 'month', 'year', 'once', 'four-weeks', 'three-months']);
export type Period = z.infer<typeof periodSchema>;

/** One dated value of a rate or parameter. History is kept: add a new entry each April, never overwrite. */
export const datedValueSchema = z.object({
  /** The date the value took effect. */
  from: isoDateSchema,
  /** Integer pence for money; a plain number for ratios, hours or years. */
  value: z.number(),
  source: sourceKeySchema,
  /** False when the reference marks the figure unverified or derived. */
  verified: z.boolean(),
  note: z.string().optional(),
});

/**
 * A dated series (`knowledge/rates/*.json`, `knowledge/parameters.json`): a benefit rate shown to people,
 * or a threshold the rules use. Looked up by the assessment date.
 */
export const seriesSchema = z.object({
  id: idSchema,
  /** The benefit this rate belongs to; absent for cross-cutting parameters. */
  benefit: idSchema.optional(),
  label: z.string().min(3),
  unit: z.enum(['pence', 'ratio', 'hours', 'years', 'count']),
  /** For money: the period it is paid or measured over. */
  period: periodSchema.optional(),
  values: z.array(datedValueSchema).min(1),
});
export type Series = z.infer<typeof seriesSchema>;

/** A document people may need, shared across benefits so the checklist lists it once. */
export const documentSchema = z.object({ id: idSchema, label: z.string().min(3) });
export type DocumentItem = z.infer<typeof documentSchema>;

export const edgeTypeSchema = z.enum([
  'passports-to', 'requires', 'adds-to', 'excludes', 'overlaps-with', 'counts-as-income-for',
  'disregarded-by', 'removes', 'exempts-from', 'replaced-by', 'migration', 'recovered-if',
  'compatible-with', 'does-not-passport-to',
]);
export type EdgeType = z.infer<typeof edgeTypeSchema>;

/** A typed relationship between two benefit ids (`knowledge/edges.json`). */
export const edgeSchema = z.object({
  id: z.string().regex(/^E\d{3,}$/),
  from: idSchema,
  type: edgeTypeSchema,
  /** A benefit id, a secondary id, or a pseudo-target such as `income-tax`, `estate`, `sale-of-home`. */
  to: idSchema,
  /** One plain-English line. */
  explain: z.string().min(10),
  sources: z.array(sourceKeySchema).min(1),
  /** For passports-to: extra conditions (rule-condition JSON) that must hold as well as getting `from`. */
  when: z.unknown().optional(),
  /** For passports-to: the most this route can say (`possible` where an amount or points decide). */
  max: z.enum(['likely', 'possible']).default('likely'),
  /**
   * `household` edges passport what the household gets; `explain-only` edges describe another
   * person's position (e.g. the cared-for person's benefit) and are not followed for passporting.
   */
  scope: z.enum(['household', 'explain-only']).default('household'),
  verified: z.boolean().default(true),
});
export type Edge = z.infer<typeof edgeSchema>;

/** A secondary id (legacy benefit, sub-element or rule) used in edges but not signposted. */
export const secondarySchema = z.object({ id: idSchema, name: z.string().min(3), status: z.string().min(3) });
export type Secondary = z.infer<typeof secondarySchema>;
