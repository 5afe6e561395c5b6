/**
 * SMS length: GSM-7 (160 septets in one message, 153 per part of a longer one; characters of the
 * extension table such as `[ ] { } ^ \ | ~ €` take two) or, as soon as one character is outside
 * GSM-7 (Welsh ŵ and ŷ, an emoji, curly quotes), UCS-2 (70 UTF-16 units in one message, 67 per
 * part). Parts are filled greedily and never split an escape pair or a surrogate pair, as handsets
 * and Twilio do. Framework-free.
 */

/** GSM 03.38 default alphabet (one septet each). */
const GSM_BASIC = new Set(Array.from(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?'
  + '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
));
/** GSM 03.38 extension table (escape + character: two septets each). */
const GSM_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'));

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Units a single-part message holds, and each part of a multi-part message. */
export const LIMITS: Readonly<Record<SmsEncoding, { single: number; part: number }>> = Object.freeze({
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
});

/** Replaces characters that would force UCS-2 for no good reason (smart quotes, dashes, ellipses, odd spaces). */
export function normaliseForSms(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u2022\u2023\u25CF\u25E6\u2043]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Whether every character is in GSM-7 (basic or extension table). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENSION.has(ch)) return false;
  return true;
}

/** The encoding a message needs. */
export function encodingOf(text: string): SmsEncoding {
  return isGsm7(text) ? 'GSM-7' : 'UCS-2';
}

/** Units one character (code point) takes in an encoding. */
function unitsOf(ch: string, encoding: SmsEncoding): number {
  if (encoding === 'GSM-7') return GSM_EXTENSION.has(ch) ? 2 : 1;
  return ch.length; // UTF-16 code units: 2 for a surrogate pair
}

/** What a message costs. */
export interface SegmentInfo {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Billable parts; 0 for an empty message. */
  segments: number;
  /** The message cut at its part boundaries (one entry for a single-part message). */
  parts: string[];
}

/** Counts the parts of `text` as sent (no normalisation: call {@link normaliseForSms} first if wanted). */
export function segmentInfo(text: string): SegmentInfo {
  const encoding = encodingOf(text);
  const chars = Array.from(text);
  const units = chars.reduce((n, ch) => n + unitsOf(ch, encoding), 0);
  if (units === 0) return { encoding, units, segments: 0, parts: [] };
  const { single, part } = LIMITS[encoding];
  if (units <= single) return { encoding, units, segments: 1, parts: [text] };
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of chars) {
    const u = unitsOf(ch, encoding);
    if (used + u > part) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += u;
  }
  if (current) parts.push(current);
  return { encoding, units, segments: parts.length, parts };
}

/** Billable parts of `text`. */
export function countSegments(text: string): number {
  return segmentInfo(text).segments;
}

/**
 * The longest head of `text` that, followed by `suffix`, fits in `maxSegments`, cut at a paragraph,
 * sentence or word boundary (a paragraph or sentence end is preferred when it keeps most of the room).
 * Returns the head (trimmed, may be empty) and the rest (trimmed).
 */
export function cutToFit(text: string, maxSegments: number, suffix = ''): { head: string; rest: string } {
  if (countSegments(text + suffix) <= maxSegments) return { head: text.trim(), rest: '' };
  const chars = Array.from(text);
  // Binary search the longest prefix (in code points) that fits; segments grow with length.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countSegments(chars.slice(0, mid).join('').trimEnd() + suffix) <= maxSegments) lo = mid;
    else hi = mid - 1;
  }
  const fit = chars.slice(0, lo).join('');
  // The next character starts a word: the whole prefix is a clean cut.
  const nextIsSpace = lo < chars.length && /\s/.test(chars[lo] ?? '');
  const cut = nextIsSpace ? fit.length : bestBoundary(fit);
  const head = fit.slice(0, cut).trim();
  const rest = (fit.slice(cut) + chars.slice(lo).join('')).trim();
  return { head, rest };
}

/** Index to cut `fit` at: the last paragraph or sentence end in its last 40%, else the last space, else all of it. */
function bestBoundary(fit: string): number {
  const floor = Math.floor(fit.length * 0.6);
  const para = fit.lastIndexOf('\n');
  if (para >= floor) return para;
  const sentence = Math.max(fit.lastIndexOf('. '), fit.lastIndexOf('? '), fit.lastIndexOf('! '));
  if (sentence >= floor) return sentence + 1;
  const space = fit.lastIndexOf(' ');
  return space > 0 ? space : fit.length;
}
