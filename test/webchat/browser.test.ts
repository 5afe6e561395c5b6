/// <reference lib="dom" />
/**
 * End to end in a real browser: Debian's chromium, driven by playwright-core, opens the chat page,
 * completes a short triage by clicking and typing, sees the outcome, runs axe-core (no serious or
 * critical violations), and presses "Leave this site quickly". Screenshots go to artifacts/.
 * Skips loudly when chromium is missing, unless SIGNPOST_REQUIRE_BROWSER=1 (CI), when it fails.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, describeWithBrowser, launchChromium, seriousAxeViolations } from '../support/browser';
import { createServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { InMemoryTurnLock } from '../../src/state/turnLock';
import { InMemoryResumeCodes } from '../../src/state/resumeCodes';
import { InMemoryActivityStore } from '../../channels/webchat';
import { testEngine, TODAY } from '../support/knowledge';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
const describeBrowser = describeWithBrowser('browser tests');

/** A household to answer from, by question words (the page shows words, not protocol data). */
const ANSWERS: Record<string, string> = {
  nation: 'England', age: '80', has_partner: 'No', children_count: '0', income: '£200 a week', savings: 'nothing',
  housing: 'I rent from the council', lives_alone: 'Yes', health_condition: 'No', caring_hours: '0', in_hospital_or_care: 'No',
  bereaved: 'No', receiving: 'State Pension', immigration_status: 'British or Irish citizen',
};

describeBrowser('web chat page in chromium', () => {
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;
  const kb = testEngine().kb;

  beforeAll(async () => {
    const { server } = createServer({
      config: parseConfig({ LOG_LEVEL: 'silent' }), engine: testEngine(), storage: new MemoryStorage(),
      turnLock: new InMemoryTurnLock(), now: () => TODAY, resumeCodes: new InMemoryResumeCodes(60_000),
      webchat: { store: new InMemoryActivityStore({ ttlSeconds: 600 }), secret: 'x'.repeat(32) },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((r) => server.close(() => r()));
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  /** The words of each question, to recognise which fact the bot is asking. */
  const questionFor = (text: string): string | undefined =>
    Object.entries(kb.questionCopy).find(([, c]) => text.includes(c.ask) || text.includes(c.help))?.[0];

  async function lastBotText(page: Page): Promise<string> {
    return page.evaluate(() => {
      const items = Array.from(document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content'));
      return (items[items.length - 1] as HTMLElement | undefined)?.innerText ?? '';
    });
  }

  async function send(page: Page, text: string): Promise<void> {
    const before = await page.locator('.webchat__bubble').count();
    await page.getByRole('textbox').fill(text);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.webchat__bubble').length > n + 1, before, { timeout: 15_000 });
    await page.waitForTimeout(300);
  }

  it('completes a short triage, passes axe, and leaves quickly', async () => {
    const page = await browser.newPage({ viewport: { width: 414, height: 896 }, bypassCSP: true });
    await page.route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
    await page.goto(url);
    await page.getByText('Are you happy to start?').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-1-start.png'), fullPage: true });

    // A button for yes/no, then typed answers in people's words.
    await page.getByRole('button', { name: 'Yes' }).first().click();
    await page.getByText(kb.questionCopy.nation?.ask ?? 'country').first().waitFor({ timeout: 15_000 });
    for (let i = 0; i < 25; i++) {
      const text = await lastBotText(page);
      if (text.includes('Here is what you may be able to get') || (await page.getByText('Here is what you may be able to get').count()) > 0) break;
      const fact = questionFor(text);
      await send(page, fact ? ANSWERS[fact] ?? 'No' : 'No');
    }
    await page.getByText('Here is what you may be able to get').first().waitFor({ timeout: 15_000 });
    await page.getByText('Pension Credit').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-2-outcome.png'), fullPage: true });

    expect(await seriousAxeViolations(page)).toEqual([]);

    const historyBefore = await page.evaluate(() => window.history.length);
    await page.getByRole('button', { name: 'Leave this site quickly' }).click();
    await page.waitForURL(`${EXIT_URL}**`, { timeout: 10_000 });
    expect(await page.evaluate(() => window.history.length)).toBe(historyBefore);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-3-exit.png') });
    await page.close();
  }, 120_000);

  it('serves the Web Chat bundle from node_modules and the page without any other host', async () => {
    const res = await fetch(`${url}/webchat/webchat.js`);
    expect(res.status).toBe(200);
    const html = await (await fetch(`${url}/`)).text();
    expect(html).not.toMatch(/https?:\/\/(?!www\.bbc)/);
  });
});
