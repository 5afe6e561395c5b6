/**
 * A reply of numbers to a numbered question ("2", "2.", "option 2", "1 and 3", "1,3") becomes the
 * titles offered, so the bot reads exactly what the person picked. Anything else is left alone.
 * Framework-free.
 */
import type { SmsAsk } from './render';

const NUMBER_LIST = /^(?:(?:option|number|no\.?)\s*)?(\d{1,2})(?:\s*(?:,|&|\+|and|\s)\s*(?:(?:option|number|no\.?)\s*)?(\d{1,2}))*$/i;

/**
 * The titles for a numbered reply to `ask`, or undefined when the reply is not only numbers in
 * range (then the bot reads it as it is). Several numbers only for a multichoice question.
 */
export function mapNumberedReply(text: string, ask: SmsAsk | undefined): string | undefined {
  if (!ask || ask.titles.length === 0) return undefined;
  const t = text.trim().replace(/[.!)]+$/, '').trim();
  if (!NUMBER_LIST.test(t)) return undefined;
  const numbers = [...new Set((t.match(/\d{1,2}/g) ?? []).map(Number))];
  if (numbers.length === 0 || (numbers.length > 1 && !ask.multi)) return undefined;
  if (numbers.some((n) => n < 1 || n > ask.titles.length)) return undefined;
  const titles = numbers.map((n) => ask.titles[n - 1] as string);
  if (titles.length === 1) return titles[0];
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}
