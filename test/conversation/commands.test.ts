/**
 * `detectCommand` looks a message up in a map of phrases built once. It must give what trying each
 * command's list in `COMMANDS` order gives (and then the correction openings): checked on every
 * test text, every content phrase, the bench's answers, and each command phrase dressed up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, detectCommand, normaliseCommand, type Command } from '../../src/conversation/commands';
import { benchAnswers, testLiterals, writtenTexts } from '../understanding/replyCorpus';

const phrases = JSON.parse(readFileSync(join(__dirname, '..', '..', 'knowledge', 'content', 'en', 'commands.json'), 'utf8')) as Record<string, string[]>;

/** The command a message is, by trying each list in order. */
function byLists(text: string): Command | undefined {
  const t = normaliseCommand(text);
  if (!t) return undefined;
  for (const c of COMMANDS) if (phrases[c]?.includes(t)) return c;
  if (phrases['change']?.some((w) => t.startsWith(`${w} `) || t.startsWith(`${w},`))) return 'change';
  return undefined;
}

describe('detectCommand', () => {
  const own = Object.entries(phrases).filter(([k]) => k !== 'about').flatMap(([, list]) => list);
  const dressed = own.flatMap((p) => [p, p.toUpperCase(), `ok ${p}`, `${p} please`, `${p}!`, ` ${p}, thanks`, `${p} 66`, `${p}, I'm 66`, `${p}x`]);
  const texts = [...new Set([...dressed, ...testLiterals(), ...writtenTexts(), ...benchAnswers(), '', '   ', '?!', 'stop smoking'])];

  it('gives what trying each command list in order gives, on every text', () => {
    expect(texts.filter((t) => detectCommand(t) !== byLists(t))).toEqual([]);
  });

  it('finds every command and corrections', () => {
    const found = new Set(texts.map((t) => detectCommand(t)));
    for (const c of [...COMMANDS, 'change']) expect(found.has(c as Command)).toBe(true);
  });
});
