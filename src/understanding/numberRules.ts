/**
 * Patterns shared by the number parsers, applied to `digitise`d, `normalise`d text.
 */

/** A plain number in digitised text (the recognizer already turned words and "3k" into digits). */
export const NUMBER_RE = /(?<![\p{L}\d.])-?\d+(?:\.\d+)?(?![\d])/gu;

/** Two numbers given as alternatives or a range: "3 or 4", "3-4", "3 to 4", "between 3 and 4". */
export const ALTERNATIVES_RE =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:or|to|-|\/|or maybe)\s*-?\d|between\s+\d+(?:\.\d+)?\s*(?:and|&)\s*\d|either\s+\d/;

/** A reply meaning zero: "none", "zero", "nothing", "no hours", "not any". */
export const ZERO_RE =
  /^(?:none|zero|nothing|nil|nought|nada|not any|0|no (?:hours|children|kids|time|one|savings|money|income))(?:\s+(?:at all|of them|whatsoever|really|sadly|at the moment|right now|currently|atm|yet|i'm afraid|im afraid|to speak of))?$|^(?:i|we) (?:dont|do not) have any$/;

/** A rate other than "a week" (for numbers measured a week, like hours): read as not understood. */
export const OTHER_PERIOD_RE =
  /\b(?:a|per|each|every|an?)\s+(?:day|night|month|fortnight|year)\b|\b(?:daily|nightly|monthly|fortnightly|yearly|annually)\b/;

/** All numbers in digitised text, in order. */
export function numbersInDigits(text: string): number[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => Number(m[0]));
}

/** "24/7", "round the clock", "all day every day": all the hours in a week. */
export const ALL_WEEK_RE = /\b24\s*\/\s*7\b|\b24 7\b|round the clock|around the clock|all day every day|day and night/;
/** Hours in a week: the most "hours a week" can be. */
export const HOURS_IN_WEEK = 168;
