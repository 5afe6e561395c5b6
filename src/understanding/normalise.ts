/**
 * Text clean-up shared by the parsers. Nothing here interprets meaning.
 */

/** Longest reply a parser reads, in characters; a longer answer to one question is not understood. */
export const MAX_ANSWER_CHARS = 500;

/** Printable ASCII and '£'. */
const PLAIN_TEXT = /^[\x20-\x7e£]*$/;

/**
 * Lower-cases and tidies text: Unicode NFKC, curly quotes to straight, dashes to '-', control
 * characters and emoji dropped, whitespace collapsed, trimmed. Apostrophes are kept.
 */
export function normalise(text: string): string {
  if (typeof text !== 'string') return '';
  // Printable ASCII and '£' (most replies) is already NFKC, has no curly quotes, dashes, controls or
  // emoji, and keeps every character through the steps below but the backtick: the same result, sooner.
  if (PLAIN_TEXT.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[^\p{L}\p{N}\p{P}\p{Zs}£$€+=<>|^~]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalise`d text that `phraseKey` would leave as it is. */
const KEYED_ALREADY = /^[a-z0-9 ]*$/;

/**
 * A key for matching words and phrases: `normalise`d, apostrophes removed ("don't" → "dont"),
 * clause punctuation turned into ' | ' (a clause break that negation never looks across), other
 * punctuation into spaces. Decimal points between digits, '£' and '&' are kept.
 */
export function phraseKey(text: string): string {
  const plain = normalise(text);
  // Lower-case letters, digits and single spaces (most replies) are already a key: no step below changes them.
  if (KEYED_ALREADY.test(plain)) return plain;
  return plain
    .replace(/'/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\.(?!\d)|(?<!\d)\./g, ' | ')
    .replace(/[,;:!?()[\]{}"\n]/g, ' | ')
    .replace(/[^a-z0-9£&|.\p{L}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when a reply looks like code or markup rather than words ("<script>", "1=1 --", "${...}"):
 * such a reply is never read as an answer, so digits inside it cannot become a stored value.
 */
export function looksLikeCode(text: string): boolean {
  return /[<>{}=`\\^]|\$\{|--|;\s*(?:drop|select|insert|delete|update|exec)\b/i.test(text);
}
