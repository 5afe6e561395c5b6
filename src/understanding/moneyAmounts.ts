/**
 * Amounts of money in digitised text: "£180", "180 pounds", "3000", "£1.2m", "20 grand".
 */

/** An amount in pounds and where it was found (end exclusive). `marked` when written with £, "pounds", "k"... */
export interface AmountSpan {
  value: number;
  start: number;
  end: number;
  marked: boolean;
}

const MULTIPLIER: Record<string, number> = { k: 1_000, grand: 1_000, thousand: 1_000, m: 1_000_000, million: 1_000_000, mil: 1_000_000 };
const AMOUNT_RE =
  /(£|gbp\s?)?\s?(?<![\p{L}\d.])(\d+(?:\.\d+)?)(?![\d])\s?(k|grand|thousand|m|million|mil)?(?![\p{L}])\s?(pounds?|quid|sterling|gbp|squid)?(?![\p{L}])/gu;

/** A foreign currency: such replies are not understood rather than converted. */
export const FOREIGN_CURRENCY_RE = /[$€¥₹]|\b(?:dollars?|euros?|usd|eur|rupees?|yen|zloty|lei)\b/;

/** Every amount in `digits` (already `digitise`d and normalised), in pounds. */
export function findAmounts(digits: string): AmountSpan[] {
  const out: AmountSpan[] = [];
  for (const m of digits.matchAll(AMOUNT_RE)) {
    const [whole, pound, number, scale, word] = m;
    const value = Number(number) * (scale ? MULTIPLIER[scale] ?? 1 : 1);
    const start = (m.index ?? 0) + whole.length - whole.trimStart().length;
    out.push({ value, start, end: (m.index ?? 0) + whole.trimEnd().length, marked: Boolean(pound || scale || word) });
  }
  return out;
}
