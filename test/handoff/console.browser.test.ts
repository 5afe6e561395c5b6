/// <reference lib="dom" />
/**
 * The agent console in a real browser: Debian's chromium, driven by playwright-core. An agent signs
 * in at /agent; a person on web chat (over the Direct Line API) asks for an adviser, and the case
 * appears in the live queue; the agent opens it (answers before the transcript), claims it, replies,
 * and the person's web chat log receives the reply; the person's answer shows in the console. axe-core
 * finds no serious or critical violations; a screenshot goes to artifacts/agent-console.png.
 * Skips loudly when chromium is missing, unless SIGNPOST_REQUIRE_BROWSER=1 (CI), when it fails.
 */
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, describeWithBrowser, launchChromium, seriousAxeViolations } from '../support/browser';
import { hashPassword } from '../../src/handoff/agentAuth';
import { words } from '../support/protocol';
import { eventually, handoffIn, isBot, startE2E, type E2E, type LoggedActivity } from './e2eHarness';

const describeBrowser = describeWithBrowser('agent console browser tests');

const AGENT = { id: 'robin', password: `robin-${randomBytes(9).toString('base64url')}` };

describeBrowser('agent console in chromium', () => {
  let browser: Browser;
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E({ agents: { [AGENT.id]: await hashPassword(AGENT.password) } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await e?.close();
  });

  const text = (page: Page, selector: string) => page.locator(selector).innerText();

  it('signs in, sees a new case live, opens it (answers first), claims, replies to the person, passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`${e.url}/agent`);

    // Sign in; wait until the live queue is connected.
    await page.locator('#agent-id').fill(AGENT.id);
    await page.locator('#password').fill(AGENT.password);
    await page.locator('#signin-button').click();
    await page.getByText('Live: the queue updates by itself.').waitFor({ timeout: 10_000 });
    expect(await page.locator('#queue-body tr[data-case-id]').count()).toBe(0);

    // A person on web chat answers a few questions and asks for an adviser.
    const person = await e.webchat();
    const said = ['yes', 'England', "I'm 74", 'yes', '58', 'talk to a person', 'yes'];
    let last: LoggedActivity[] = [];
    for (const s of said) last = await person.say(s);
    const caseId = handoffIn(last)?.caseId ?? '';
    expect(caseId).toMatch(/^C-/);
    const stored = await e.cases.get(caseId);
    expect(stored?.facts).toMatchObject({ nation: 'england', age: 74, has_partner: true, partner_age: 58 });

    // It arrives in the live queue without a reload, and is announced.
    const row = page.locator(`#queue-body tr[data-case-id="${caseId}"]`);
    await row.waitFor({ timeout: 10_000 });
    await eventually('the new case announced', async () => (await text(page, '#live-status')).includes(`New case ${caseId}`));

    // Open it: the structured answers come before the transcript.
    await page.locator(`#open-${caseId}`).click();
    await page.locator('#case-answers [data-fact]').first().waitFor({ timeout: 10_000 });
    const facts = await page.locator('#case-answers [data-fact]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-fact')));
    expect([...facts].sort()).toEqual(Object.keys(stored!.facts).sort());
    expect(await text(page, '#case-answers [data-fact="age"]')).toContain('74');
    expect(await text(page, '#case-answers [data-fact="nation"]')).toContain('England');
    expect(await page.evaluate(() => {
      const answers = document.querySelector('#case-answers');
      const transcript = document.querySelector('#case-transcript');
      return Boolean(answers && transcript && (answers.compareDocumentPosition(transcript) & Node.DOCUMENT_POSITION_FOLLOWING));
    })).toBe(true);
    const transcript = await text(page, '#case-transcript');
    for (const s of ["I'm 74", 'talk to a person']) expect(transcript).toContain(s);
    expect(await page.locator('#chat-text').isDisabled()).toBe(true);

    // Claim: the person is told an adviser has joined.
    await page.locator('#claim-button').click();
    await page.locator('#release-button').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#chat-text').isEnabled()).toBe(true);
    const joined = await eventually('the accepted notice in web chat', async () => (await person.unseen()).filter(isBot).find((a) => a.channelData?.triage?.handoff?.status === 'accepted'));
    expect(joined.text).toBe(words('handoffAccepted'));

    // Reply from the console: it shows in the chat and reaches the person's web chat log.
    const hello = "Hello, I'm Robin from the advice line. I can see your answers.";
    await page.locator('#chat-text').fill(hello);
    await page.locator('#chat-send-button').click();
    await page.locator('#chat-messages').getByText(hello).waitFor({ timeout: 10_000 });
    expect(await page.locator('#chat-text').inputValue()).toBe('');
    const got = await eventually('the adviser\'s message in web chat', async () => (await person.unseen()).filter(isBot).find((a) => a.text === words('adviserSays', { text: hello })));
    expect(got.channelData).toMatchObject({ handoff: { from: 'adviser' } });

    // The person answers: the bot stays quiet, and the console shows it live.
    expect(await person.say('Thank you, my partner is 58 and still working')).toEqual([]);
    await page.locator('#chat-messages').getByText('Thank you, my partner is 58 and still working').waitFor({ timeout: 10_000 });
    await eventually('the new message announced', async () => (await text(page, '#live-status')).includes('New message from the person.'));

    // Accessibility, then the screenshot.
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'agent-console.png'), fullPage: true });

    // Close with a note: the person is told, and the case leaves the queue.
    await page.locator('#close-open-button').click();
    await page.locator('#close-note').fill('Explained Pension Credit for mixed-age couples; call booked.');
    await page.locator('#close-confirm-button').click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    const done = await eventually('the completed notice in web chat', async () => (await person.unseen()).filter(isBot).find((a) => a.channelData?.triage?.handoff?.status === 'completed'));
    expect(done.channelData?.triage?.handoff?.caseId).toBe(caseId);
    expect((await e.cases.get(caseId))?.status).toBe('closed');

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
