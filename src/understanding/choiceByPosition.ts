/**
 * Picking from a numbered list: "2", "number 2", "the second one", "2nd", "option two", "the last one".
 */
import { MAY_HOLD_NUMBER } from './digitise';
import { normalise } from './normalise';
import { numbersIn, ordinalsIn } from './recognise';

/**
 * Text the recognizers could find a number or an ordinal in: what may hold a number
 * (`MAY_HOLD_NUMBER`), the other words the recognizers count with ("a lakh", "a dozen", "minus"),
 * or a word that starts like an ordinal ("second", "twelfth", "thirtieth", "last", "next"; the
 * round ordinals anywhere in a word, as the recognizer reads "xhundredth"). Other
 * text ("universal credit", "state pension") is no position, and the recognizers (about 0.1 ms a
 * call) are not asked. Checked against them in `test/understanding/choiceByPosition.test.ts`.
 */
export const MAY_HOLD_POSITION = new RegExp(
  `${MAY_HOLD_NUMBER.source}|\\b(?:mln|bln|tln|lakh|crore|doz|dz|minus|negative|first|second|fourth|sixth|seventh|eighth|ninth|nineth|`
  + 'tenth|eleventh|twelfth|last|next|previous|current)|tieth|penultimate|hundredth|thousandth|millionth|billionth|trillionth',
  'i',
);

const LEAD = /^(?:(?:its|it is|it's|i choose|i pick|i'll take|ill take|id say|i'd say)\s+)?(?:the\s+)?(?:number|no\.?|option|choice|#)?\s*/;
const TAIL = /\s+(?:one|option|choice|please|thanks|thank you|on the list|in the list)\s*[.!]*$|\s*[.!]+$/;
const SEPARATOR = /^(?:\s*(?:,|and|&|\+|plus)\s*)+$|^\s+$/;

function positionOf(token: string): number | undefined {
  const t = token.replace(LEAD, '').replace(TAIL, '').trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  if (t === 'last') return -1;
  if (!MAY_HOLD_POSITION.test(t)) return undefined;
  for (const read of [ordinalsIn, numbersIn]) {
    const found = read(t);
    const first = found[0];
    if (found.length === 1 && first && first.start === 0 && first.end === t.length && Number.isInteger(first.value)) return first.value;
  }
  return undefined;
}

/**
 * The 1-based positions a reply names, or undefined when the reply is not just positions.
 * `-1` stands for "the last one". Several positions ("1 and 3", "first and third") are returned in order.
 */
export function positionsIn(text: string): number[] | undefined {
  const plain = normalise(text);
  if (plain.length === 0 || plain.length > 60) return undefined;
  const parts = plain.split(/(\s*(?:,|\band\b|&|\+|\bplus\b)\s*)/).filter((p) => p.length > 0);
  const positions: number[] = [];
  for (const part of parts) {
    if (SEPARATOR.test(part)) continue;
    const position = positionOf(part);
    if (position === undefined) return undefined;
    positions.push(position);
  }
  return positions.length > 0 ? positions : undefined;
}
