import { detectCrisis } from '../../src/understanding/detectCrisis';
import { extractFacts } from '../../src/understanding/extractFacts';
import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

const HOSTILE = [
  '', '   ', '\u0000\u0007', '😀', '🙂🙂🙂', '👍', 'a'.repeat(100_000), '9'.repeat(400), '1e309', '-1e309', 'Infinity', 'NaN',
  "'; DROP TABLE facts; --", '" OR 1=1 --', '<script>alert(1)</script>', '{{7*7}}', '${process.exit(1)}', '../../etc/passwd',
  '\u202e\u0041\u0042', '((((((((((((((((((((a))))))))))))))))))))', '(a+)+$'.repeat(50), 'x'.repeat(5000) + '!',
];

const KINDS = Object.entries(specs).filter(([, spec]) => spec.kind !== 'text');

describe('hostile input to every parser: not understood, never thrown', () => {
  test.each(KINDS.flatMap(([name, spec]) => HOSTILE.map((text) => [name, spec, text] as const)))('%s ← %#', (_name, spec, text) => {
    expect(parseAnswer(spec, text, ctx)).toEqual({ ok: false, error: 'not-understood' });
  });
});

test('a text answer is trimmed, and empty or oversized text is refused', () => {
  expect(parseAnswer(specs.text, '  hello  ', ctx)).toEqual({ ok: true, value: 'hello' });
  expect(parseAnswer(specs.text, '   ', ctx)).toEqual({ ok: false, error: 'not-understood' });
  expect(parseAnswer(specs.text, 'a'.repeat(100_000), ctx)).toEqual({ ok: false, error: 'not-understood' });
});

test('non-string input and unknown kinds are refused', () => {
  expect(parseAnswer(specs.age, undefined as unknown as string, ctx)).toEqual({ ok: false, error: 'not-understood' });
  expect(parseAnswer({ fact: 'x', kind: 'colour' as never }, 'red', ctx)).toEqual({ ok: false, error: 'not-understood' });
});

test.each(HOSTILE)('extractFacts and detectCrisis survive hostile input %#', (text) => {
  expect(extractFacts(text, ctx)).toEqual({});
  expect(detectCrisis(text)).toBeUndefined();
});

test('extractFacts reads only the start of a very long statement, quickly', () => {
  const started = Date.now();
  expect(extractFacts(`I'm 74. ${'and so on '.repeat(10_000)}`, ctx)).toEqual({ age: 74 });
  expect(Date.now() - started).toBeLessThan(3000);
});
