/**
 * Resuming across channels (a code saved on the web, texted to SMS; saved on SMS, typed on the web)
 * and after a long gap ("Reply 1 to carry on ... or 2 to start again").
 */
import { configureLogger } from '../../src/logger';
import { askIn } from '../support/botClient';
import { smsContent } from '../../channels/sms';
import { startSmsHarness, type SmsHarness } from './smsHarness';
import { factAsked } from './smsTriageDriver';

const words = smsContent();
const CODE = /\b([2-9A-Z]{4}-[2-9A-Z]{4})\b/;

beforeAll(() => configureLogger('silent'));

let n = 0;
const newNumber = () => `+4477009${String(20000 + ++n).slice(-5)}`;

describe('across channels', () => {
  let h: SmsHarness;
  beforeAll(async () => { h = await startSmsHarness(); });
  afterAll(() => h.close());

  it('a code saved in web chat, texted to Signpost, carries on with the next question', async () => {
    const web = h.web();
    await web.say('hi');
    await web.say("yes, I'm 74 and live in Wales");
    const saved = await web.say('save');
    const code = (saved.find((r) => (r.channelData as any)?.resume)?.channelData as any)?.resume?.code as string;
    expect(code).toMatch(CODE);
    expect(askIn(saved)?.fact).toBe('has_partner');

    const from = newNumber();
    const r = await h.text(from, code);
    expect(r.text).toContain('Welcome back');
    expect(factAsked(r.text)).toBe('has_partner');
    expect(r.text).toContain('Reply YES or NO.');
    const next = await h.text(from, 'no');
    const fact = factAsked(next.text);
    expect(fact).toBeDefined();
    expect(['nation', 'age', 'has_partner']).not.toContain(fact);
  });

  it('also after some chat on SMS first, and the code works once', async () => {
    const web = h.web();
    await web.say('hi');
    await web.say("yes, I'm 74 and live in Wales");
    const code = ((await web.say('save')).find((r) => (r.channelData as any)?.resume)?.channelData as any)?.resume?.code as string;
    const from = newNumber();
    await h.text(from, 'hi');
    expect(factAsked((await h.text(from, `resume ${code.toLowerCase()}`)).text)).toBe('has_partner');
    const again = await h.text(newNumber(), code);
    expect(again.text).toContain('did not work');
  });

  it('a code saved on SMS, typed into web chat, carries on with the same question', async () => {
    const from = newNumber();
    await h.text(from, 'hi');
    await h.text(from, 'yes');
    await h.text(from, '2'); // Wales
    await h.text(from, '74');
    const saved = await h.text(from, 'save');
    const code = CODE.exec(saved.text)?.[1];
    expect(code).toBeDefined();
    expect(saved.text).toContain('?resume=');
    const pending = factAsked(saved.text);
    expect(pending).toBe('has_partner');

    const web = h.web();
    const replies = await web.say(code as string);
    expect(askIn(replies)?.fact).toBe(pending);
    expect(replies.map((r) => r.text).join(' ')).toContain('Welcome back');
  });
});

describe('after a long gap', () => {
  let h: SmsHarness;
  let clock = new Date('2026-11-22T09:00:00Z');
  const advanceHours = (hours: number) => { clock = new Date(clock.getTime() + hours * 3_600_000); };
  beforeAll(async () => { h = await startSmsHarness({ clock: () => clock, resumePromptHours: 24 }); });
  afterAll(() => h.close());

  async function askedAge(from: string): Promise<void> {
    await h.text(from, 'hi');
    await h.text(from, 'yes');
    expect((await h.text(from, '1')).text).toContain('How old are you?');
  }

  it('asks whether to carry on; 1 asks the pending question again, and the answer then counts', async () => {
    const from = newNumber();
    await askedAge(from);
    advanceHours(30);
    const prompt = await h.text(from, '74');
    expect(prompt.messages).toEqual([words.resumePrompt]);
    const carry = await h.text(from, '1');
    expect(carry.text).toBe(`${words.carryOn}\n\nHow old are you?`);
    const next = await h.text(from, '74');
    expect(factAsked(next.text)).toBe('has_partner');
  });

  it('2 starts again, keeping consent', async () => {
    const from = newNumber();
    await askedAge(from);
    await h.text(from, '74');
    advanceHours(48);
    expect((await h.text(from, 'hello')).messages).toEqual([words.resumePrompt]);
    const fresh = await h.text(from, '2');
    expect(fresh.text).toContain("OK, let's start again");
    expect(factAsked(fresh.text)).toBe('nation');
  });

  it('no prompt within the gap, before consent, or for a resume code', async () => {
    const from = newNumber();
    await askedAge(from);
    advanceHours(23);
    expect(factAsked((await h.text(from, '74')).text)).toBe('has_partner');

    const early = newNumber();
    await h.text(early, 'hi');
    advanceHours(30);
    expect((await h.text(early, 'yes')).text).toContain('Which country');

    const web = h.web();
    await web.say('hi');
    await web.say("yes, I'm 74 and live in Wales");
    const code = ((await web.say('save')).find((r) => (r.channelData as any)?.resume)?.channelData as any)?.resume?.code as string;
    const coder = newNumber();
    await askedAge(coder);
    advanceHours(30);
    const r = await h.text(coder, code);
    expect(r.text).toContain('Welcome back');
    expect(factAsked(r.text)).toBe('has_partner');
  });

  it('a reply that is neither 1 nor 2 is read as usual', async () => {
    const from = newNumber();
    await askedAge(from);
    advanceHours(30);
    expect((await h.text(from, 'hello')).messages).toEqual([words.resumePrompt]);
    expect(factAsked((await h.text(from, "I'm 70")).text)).toBe('has_partner');
  });
});
