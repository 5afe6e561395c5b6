/**
 * The SMS channel's own words (`smsContent.json`), validated with zod when first used, and the
 * keyword matching that uses them. Framework-free.
 */
import { z } from 'zod';
import raw from './smsContent.json';

const words = z.array(z.string().min(1)).min(1);

export const smsContentSchema = z.object({
  about: z.string().optional(),
  optedOut: z.string().min(1),
  optedIn: z.string().min(1),
  help: z.string().min(1),
  resumePrompt: z.string().min(1),
  carryOn: z.string().min(1),
  textOnly: z.string().min(1),
  yesNo: z.string().min(1),
  choicesInline: z.string().includes('{list}'),
  choiceInline: z.string().includes('{n}').includes('{title}'),
  or: z.string().min(1),
  choicesList: z.string().min(1),
  multiChoicesList: z.string().min(1),
  longChoices: z.string().min(1),
  more: z.string().min(1),
  keywords: z.object({
    optOut: words,
    optIn: words,
    help: words,
    more: words,
    carryOn: words,
    startAgain: words,
  }).strict(),
  botWords: z.object({ startAgain: z.string().min(1), start: z.string().min(1) }).strict(),
  rewrites: z.array(z.object({ from: z.string().min(1), to: z.string() }).strict()),
}).strict();

export type SmsContent = z.infer<typeof smsContentSchema>;
export type SmsKeyword = keyof SmsContent['keywords'];

let cached: SmsContent | undefined;

/** The SMS words, parsed once. */
export function smsContent(): SmsContent {
  cached ??= Object.freeze(smsContentSchema.parse(raw));
  return cached;
}

/** A message as a keyword candidate: trimmed, lower case, single spaces, no surrounding quotes or trailing punctuation. */
export function normaliseKeyword(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^["'(\s]+/, '').replace(/[\s.!?,;:'")]+$/, '');
}

/** Whether the whole message is one of the keywords in `list`. */
export function isKeyword(text: string, list: SmsKeyword, content: SmsContent = smsContent()): boolean {
  const t = normaliseKeyword(text);
  return t.length > 0 && content.keywords[list].includes(t);
}
