/**
 * Browser tests use Debian's chromium, never a downloaded browser. Without it they skip loudly,
 * unless SIGNPOST_REQUIRE_BROWSER=1 (CI), when they fail. Screenshots go to artifacts/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(__dirname, '..', '..', 'artifacts');

/** `describe` when chromium is there, otherwise `describe.skip` with a loud message (or a failure in CI). */
export function describeWithBrowser(what: string): jest.Describe {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.SIGNPOST_REQUIRE_BROWSER === '1') throw new Error(`chromium not found at ${CHROMIUM} and SIGNPOST_REQUIRE_BROWSER=1`);
  if (!available) process.stderr.write(`\n*** CHROMIUM NOT AVAILABLE at ${CHROMIUM}: skipping ${what} ***\n\n`);
  return available ? describe : describe.skip;
}

/** Headless chromium with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
