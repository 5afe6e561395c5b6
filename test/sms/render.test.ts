/** Rendering bot activities for SMS: numbered choices, plain text, short links, ≤ 3 parts with MORE. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { askActivity, outcomeActivity, textActivity } from '../../src/dialogs/triageActivities';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/loadKnowledge';
import { composeReply, composeText, plainText, renderActivity, shortenLinks, stripMarkdown, type RenderedPart } from '../../channels/sms/render';
import { mapNumberedReply } from '../../channels/sms/numberedReply';
import { countSegments, encodingOf } from '../../channels/sms/segments';
import { smsContent } from '../../channels/sms/smsContent';
import { twimlResponse } from '../../channels/sms/twiml';
import { testEngine } from '../support/knowledge';

const kb = testEngine().kb;
const render = (a: Partial<Activity>) => renderActivity(a) as RenderedPart;
const ask = (fact: string) => render(askActivity(kb, fact, kb.questionCopy[fact]?.ask ?? fact));

describe('questions', () => {
  it('numbers a short choice list on one line', () => {
    const r = ask('nation');
    expect(r.text).toBe('Which country in the UK do you live in?\nReply 1 for England, 2 for Wales, 3 for Scotland or 4 for Northern Ireland.');
    expect(r.ask).toEqual({ fact: 'nation', kind: 'choice', titles: ['England', 'Wales', 'Scotland', 'Northern Ireland'], multi: false });
  });

  it('lists long choices one per line, numbered', () => {
    const r = ask('housing');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe(kb.questionCopy.housing?.ask);
    expect(lines[1]).toBe('Reply with a number:');
    expect(lines[2]).toBe('1 I rent from a private landlord');
    expect(lines).toHaveLength(2 + 7);
    expect(countSegments(r.text)).toBeLessThanOrEqual(3);
    expect(encodingOf(r.text)).toBe('GSM-7');
  });

  it('says "Reply YES or NO" for yes/no questions and numbers nothing', () => {
    const r = ask('has_partner');
    expect(r.text.endsWith('\nReply YES or NO.')).toBe(true);
    expect(r.ask?.titles).toEqual([]);
  });

  it('does not list the long "receiving" list: asks for names, in words that make sense without the list', () => {
    const r = ask('receiving');
    expect(r.text).not.toContain('any of these');
    expect(r.text).toContain('Reply with the names, or NONE.');
    expect(r.text).not.toMatch(/^\d+ /m);
    expect(r.ask?.titles).toEqual([]);
    expect(countSegments(r.text)).toBe(1);
  });

  it('keeps every question on its own within 3 GSM-7 parts', () => {
    for (const fact of Object.keys(kb.questionCopy)) {
      const r = ask(fact);
      if (fact !== 'language') expect([fact, encodingOf(r.text)]).toEqual([fact, 'GSM-7']);
      expect([fact, countSegments(r.text) <= 3]).toEqual([fact, true]);
    }
  });

  it('numbers plain suggested actions too', () => {
    const r = render({ type: 'message', text: 'Pick one', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Apples', value: 'apples' }, { type: 'imBack', title: 'Pears', value: 'pears' }] } });
    expect(r.text).toBe('Pick one\nReply 1 for Apples or 2 for Pears.');
    expect(r.ask?.titles).toEqual(['Apples', 'Pears']);
  });
});

describe('plain text', () => {
  it('strips markdown: bold, italics, bullets, headings, links', () => {
    expect(stripMarkdown('**You are likely to get:**\n_Money to live on_\n- Pension Credit\n- Housing Benefit')).toBe('You are likely to get:\nMoney to live on:\nPension Credit\nHousing Benefit');
    expect(stripMarkdown('# Title\nSee [GOV.UK](https://www.gov.uk/pension-credit) now')).toBe('Title\nSee GOV.UK https://www.gov.uk/pension-credit now');
    expect(stripMarkdown('snake_case_word and 5 * 3')).toBe('snake_case_word and 5 * 3');
  });

  it('shortens links without breaking them', () => {
    expect(shortenLinks('Open https://www.gov.uk/pension-credit/ today.')).toBe('Open gov.uk/pension-credit today.');
    expect(shortenLinks('https://signpost.example.org/?resume=K7MX-9QPD')).toBe('signpost.example.org/?resume=K7MX-9QPD');
    expect(shortenLinks('http://localhost:3978/?resume=X')).toBe('http://localhost:3978/?resume=X');
  });

  it('normalises smart quotes and collapses blank lines', () => {
    expect(plainText('It’s “here”.\n\n\nNext – line')).toBe('It\'s "here".\nNext - line');
  });

  it('renders the outcome as plain GSM-7 text', () => {
    const facts = { nation: 'england', age: 78, has_partner: false, income: 200, savings: 2000, housing: 'rent-private' } as const;
    const outcome = testEngine().evaluate(facts as never, new Date('2026-11-22T12:00:00Z'));
    const r = render(outcomeActivity('Here is what you may be able to get.\n\n**You are likely to get:**\n_Money to live on_\n- Pension Credit', outcome));
    expect(r.text).toBe('Here is what you may be able to get.\nYou are likely to get:\nMoney to live on:\nPension Credit');
    expect(r.ask).toBeUndefined();
  });

  it('each SMS rewrite still matches the shipped content (so copy changes are noticed)', () => {
    const dir = join(DEFAULT_KNOWLEDGE_DIR, 'content', 'en');
    const all = ['bot.json', 'outcome.json', 'questions.json'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const r of smsContent().rewrites) expect([r.from, all.includes(JSON.stringify(r.from).slice(1, -1))]).toEqual([r.from, true]);
  });
});

describe('one reply per turn, at most 3 parts', () => {
  it('merges a turn\'s replies, question last', () => {
    const out = composeReply([render(textActivity('Thanks, I\'ve noted that.')), ask('age')]);
    expect(out.body).toBe('Thanks, I\'ve noted that.\n\nHow old are you?');
    expect(out.overflow).toBeUndefined();
    expect(out.ask?.fact).toBe('age');
    expect(out.question).toBe('How old are you?');
  });

  it('keeps the question whole and holds the rest back for MORE', () => {
    const long = Array.from({ length: 30 }, (_v, i) => `This is sentence ${i + 1} of a long help text.`).join(' ');
    const out = composeReply([render(textActivity(long)), ask('nation')]);
    expect(countSegments(out.body)).toBeLessThanOrEqual(3);
    expect(out.body.endsWith(ask('nation').text)).toBe(true);
    expect(out.body).toContain('Reply MORE for the rest.');
    expect(out.overflow?.question).toBe(ask('nation').text);
    // MORE: the rest, then the question again, until nothing is left.
    let more = out.overflow;
    let seen = out.body.split('\nReply MORE')[0] ?? '';
    for (let i = 0; more && i < 10; i++) {
      const next = composeText(more.text, more.question);
      expect(countSegments(next.body)).toBeLessThanOrEqual(3);
      expect(next.body.endsWith(ask('nation').text)).toBe(true);
      seen += ` ${next.body.replace(/(\nReply MORE for the rest\.)?\n\n[\s\S]*$/, '')}`;
      more = next.overflow;
    }
    expect(more).toBeUndefined();
    expect(seen.replace(/\s+/g, ' ').trim()).toBe(long);
  });

  it('cuts a long message with no question', () => {
    const long = 'word '.repeat(200).trim();
    const out = composeReply([render(textActivity(long))]);
    expect(countSegments(out.body)).toBeLessThanOrEqual(3);
    expect(out.body.endsWith('Reply MORE for the rest.')).toBe(true);
    expect(out.overflow?.text.length).toBeGreaterThan(0);
    expect(out.ask).toBeUndefined();
  });

  it('fits the greeting and the consent question in one message', () => {
    const greeting = "Hello, I'm Signpost. I can help you find out which benefits and other help you may get in England or Wales, and how to claim.\n\nI keep your answers for 30 days so you can come back, then delete them. You can say \"delete my data\" at any time.";
    const out = composeReply([render(textActivity(greeting)), render(askActivity(kb, 'consent', 'Are you happy to start?'))]);
    expect(out.overflow).toBeUndefined();
    expect(countSegments(out.body)).toBe(2);
  });

  it('counts UCS-2 parts when a reply needs them', () => {
    const welsh = 'Ydych chi’n byw gyda phartner? Gŵr, gwraig neu bartner sifil. '.repeat(6);
    const out = composeReply([render(textActivity(welsh)), ask('age')]);
    expect(encodingOf(out.body)).toBe('UCS-2');
    expect(countSegments(out.body)).toBeLessThanOrEqual(3);
    expect(out.overflow).toBeDefined();
  });
});

describe('numbered replies', () => {
  const nation = ask('nation').ask;
  it.each([['1', 'England'], ['2', 'Wales'], [' 4. ', 'Northern Ireland'], ['option 3', 'Scotland'], ['no. 2', 'Wales']])('"%s" means %s', (text, title) => {
    expect(mapNumberedReply(text, nation)).toBe(title);
  });

  it.each(['0', '5', '12', 'Wales', '1 and 2', 'I am 2 years in Wales'])('"%s" is left alone', (text) => {
    expect(mapNumberedReply(text, nation)).toBeUndefined();
  });

  it('maps several numbers for a multichoice question', () => {
    expect(mapNumberedReply('1 and 3', { kind: 'multichoice', titles: ['A', 'B', 'C'], multi: true })).toBe('A and C');
    expect(mapNumberedReply('1, 2, 3', { kind: 'multichoice', titles: ['A', 'B', 'C'], multi: true })).toBe('A, B and C');
  });

  it('leaves numbers alone for questions that were not numbered', () => {
    expect(mapNumberedReply('2', ask('children_count').ask)).toBeUndefined();
    expect(mapNumberedReply('1', ask('has_partner').ask)).toBeUndefined();
    expect(mapNumberedReply('1', undefined)).toBeUndefined();
  });
});

describe('TwiML', () => {
  it('escapes XML and drops characters XML cannot hold', () => {
    expect(twimlResponse(['a < b & "c" \'d\' > e\u0001'])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e</Message></Response>');
  });

  it('is an empty Response when there is nothing to say', () => {
    expect(twimlResponse([])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });
});
