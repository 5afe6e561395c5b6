/**
 * Types shared by every answer parser. A parser never guesses: when a reply cannot be read with
 * confidence it returns a failure, and the dialog asks the same question again with help text.
 */
import type { FactKind, NATIONS } from '../facts/facts';

/** What the bot asked, as carried in `channelData.triage.ask` (see triage-protocol.md). */
export interface AnswerSpec {
  /** Fact id (or control id such as `language`) the reply answers. */
  fact: string;
  kind: FactKind;
  /** For `choice` and `multichoice`: every value with the title shown to the person. */
  choices?: { value: string; title: string }[];
  /** Smallest accepted value (numbers and money, in the answer's unit); undefined = no lower bound (money: 0). */
  min?: number;
  /** Largest accepted value; undefined = no upper bound (money: £10,000,000). */
  max?: number;
  /** Whole numbers only (ages, counts). */
  integer?: boolean;
  /** For counts and hours: a plain "no" means 0 ("How many children?" "No"). Undefined: it does not. */
  noMeansZero?: boolean;
  /**
   * A yes/no question about difficulty ("Does your condition make moving around hard?"), where a reply
   * describing what the person cannot do ("I can't walk far") means yes. Elsewhere such a reply is not
   * understood rather than read as "no".
   */
  inabilityMeansYes?: boolean;
  /**
   * A yes/no question about the person or their partner ("Has your husband, wife or civil partner
   * died...?", "Are you or your partner pregnant?"): a yes that names another relative ("yes my mum")
   * is not understood.
   */
  aboutSelfOrPartner?: boolean;
  /** A yes/no question with a time limit in months (bereaved 21, terminal illness 12): a yes with a time past it is not understood. */
  limitMonths?: number;
  /** For money: the period the value is normalised to ('week' for income); undefined = a lump sum (savings). */
  period?: 'week' | 'month' | 'year';
}

/** What a parser may know besides the reply. */
export interface ParseContext {
  /** Assessment date, for dates and ages. */
  now: Date;
  /**
   * The person's nation when already known. Used only to choose between nation-specific ids
   * (e.g. `council-tax-reduction-england` / `-wales`); undefined = unknown, and a reply that
   * names such a benefit is then ambiguous when both ids are offered.
   */
  nation?: (typeof NATIONS)[number];
  /**
   * The fact the reply answers, when a question is pending. A bare number then answers it ("35" to
   * "how many hours?") and is never read as the person's age by `extractFacts`.
   */
  question?: string;
}

/** Why a reply was not accepted. */
export type ParseError = 'not-understood' | 'out-of-range' | 'ambiguous';

/** A parsed value in canonical units (pounds, years, hours a week, ISO dates, choice values), or why not. */
export type ParseResult =
  | { ok: true; value: boolean | number | number[] | string | string[] }
  | { ok: false; error: ParseError };

/** A successful result. */
export function ok(value: boolean | number | number[] | string | string[]): ParseResult {
  return { ok: true, value };
}

/** A failed result. */
export function fail(error: ParseError): ParseResult {
  return { ok: false, error };
}

/** Whether `value` is inside the spec's optional bounds (inclusive). */
export function inRange(spec: Pick<AnswerSpec, 'min' | 'max'>, value: number, defaults: { min?: number; max?: number } = {}): boolean {
  const min = spec.min ?? defaults.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? defaults.max ?? Number.POSITIVE_INFINITY;
  return value >= min && value <= max;
}
