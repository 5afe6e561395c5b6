/** Segment counting (GSM-7 160/153 with the extension table counting double; UCS-2 70/67) and cutting. */
import { countSegments, cutToFit, encodingOf, normaliseForSms, segmentInfo } from '../../channels/sms/segments';

const a = (n: number) => 'a'.repeat(n);

describe('GSM-7', () => {
  it.each([
    [0, 0], [1, 1], [160, 1], [161, 2], [306, 2], [307, 3], [459, 3], [460, 4], [612, 4], [613, 5],
  ])('%i plain characters make %i parts', (n, parts) => {
    const info = segmentInfo(a(n));
    expect(info.encoding).toBe('GSM-7');
    expect(info.units).toBe(n);
    expect(info.segments).toBe(parts);
  });

  it('counts the basic table (including £, é, Δ, newlines) as one septet each', () => {
    const text = '£@$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n';
    expect(encodingOf(text)).toBe('GSM-7');
    expect(segmentInfo(text).units).toBe(Array.from(text).length);
  });

  it.each(['[', ']', '{', '}', '^', '\\', '|', '~', '€'])('counts extension character %s as two septets', (ch) => {
    expect(segmentInfo(ch).units).toBe(2);
    expect(segmentInfo(a(158) + ch).segments).toBe(1); // 160 septets
    expect(segmentInfo(a(159) + ch).segments).toBe(2); // 161 septets
  });

  it('never splits an escape pair across parts', () => {
    // 152 'a' then '€' (2 septets) would straddle 153: the euro moves to the next part.
    const text = `${a(152)}€${a(10)}`;
    const info = segmentInfo(text);
    expect(info.segments).toBe(2);
    expect(info.parts[0]).toBe(a(152));
    expect(info.parts[1]?.startsWith('€')).toBe(true);
  });

  it('splits parts at 153 septets', () => {
    const info = segmentInfo(a(400));
    expect(info.parts.map((p) => p.length)).toEqual([153, 153, 94]);
  });
});

describe('UCS-2', () => {
  it.each([
    ['ŵ', 'Welsh w circumflex'], ['ŷ', 'Welsh y circumflex'], ['😀', 'an emoji'], ['“', 'a curly quote'], ['ç', 'c cedilla (only Ç is GSM)'],
  ])('%s (%s) switches the whole message to UCS-2', (ch) => {
    expect(encodingOf(`Hello ${ch}`)).toBe('UCS-2');
  });

  it.each([
    ['ŵ', 70, 1], ['ŵ', 71, 2], ['ŷ', 134, 2], ['ŷ', 135, 3], ['ŵ', 201, 3], ['ŵ', 202, 4],
  ])('%s: %i characters make %i parts (70 single, 67 each)', (ch, n, parts) => {
    const text = ch + a(n - 1);
    expect(segmentInfo(text).segments).toBe(parts);
  });

  it('counts an emoji as two UTF-16 units and never splits it', () => {
    expect(segmentInfo('😀').units).toBe(2);
    expect(segmentInfo(`😀${a(68)}`).segments).toBe(1); // 70 units
    expect(segmentInfo(`😀${a(69)}`).segments).toBe(2); // 71 units
    const info = segmentInfo(`${a(66)}😀${a(10)}`); // the emoji would straddle unit 67
    expect(info.parts[0]).toBe(a(66));
    expect(info.parts[1]?.startsWith('😀')).toBe(true);
  });

  it('a Welsh sentence costs more parts than the same length in GSM-7', () => {
    const cy = 'Ydych chi’n byw gyda phartner? Mae hyn yn golygu gŵr, gwraig, partner sifil neu rywun rydych chi’n byw gydag ef fel cwpl.';
    const normalised = normaliseForSms(cy);
    expect(encodingOf(normalised)).toBe('UCS-2'); // ŵ stays: it is a real letter
    expect(countSegments(normalised)).toBe(2);
    expect(countSegments(normalised.replace('ŵ', 'w'))).toBe(1);
  });
});

describe('normaliseForSms', () => {
  it('turns smart quotes, dashes, ellipses and odd spaces into GSM-7', () => {
    const text = normaliseForSms('‘It’s’ “fine” – really — ok… a\u00a0b\u200b');
    expect(text).toBe('\'It\'s\' "fine" - really - ok... a b');
    expect(encodingOf(text)).toBe('GSM-7');
  });

  it('keeps letters that need UCS-2', () => {
    expect(normaliseForSms('Tŷ ŵyn 😀')).toBe('Tŷ ŵyn 😀');
  });
});

describe('cutToFit', () => {
  it('returns everything when it fits', () => {
    expect(cutToFit('short text', 1)).toEqual({ head: 'short text', rest: '' });
  });

  it('cuts at a sentence end, within the parts and leaving room for a suffix', () => {
    const sentences = Array.from({ length: 20 }, (_v, i) => `Sentence number ${i + 1} is here.`).join(' ');
    const suffix = ' Reply MORE for the rest.';
    const { head, rest } = cutToFit(sentences, 2, suffix);
    expect(countSegments(head + suffix)).toBeLessThanOrEqual(2);
    expect(head.endsWith('.')).toBe(true);
    expect(`${head} ${rest}`).toBe(sentences);
  });

  it('cuts between words when there is no sentence end', () => {
    const words = Array.from({ length: 100 }, (_v, i) => `word${i}`).join(' ');
    const { head, rest } = cutToFit(words, 1);
    expect(countSegments(head)).toBe(1);
    expect(head).toMatch(/word\d+$/);
    expect(`${head} ${rest}`).toBe(words);
  });

  it('respects UCS-2 limits', () => {
    const text = `ŵ ${'gair '.repeat(60)}`.trim();
    const { head } = cutToFit(text, 1);
    expect(segmentInfo(head).units).toBeLessThanOrEqual(70);
  });
});
