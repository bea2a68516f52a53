/**
 * "Participant data never leaves your computer", in Chromium and in Firefox
 * ESR: every request either browser sends goes through the recording proxy,
 * and after a whole session on both demo systems the only requests are the
 * host pages the case manager opened and the forms they posted. Probes from
 * an extension page and from a host page show the check would catch one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { click, fill, fillLabelled, insertTemplate, openPanel, saveAnyway, seeText, sendFromExtension, typeInto, valueOf } from './steps';
import type { SeenRequest } from '../driver/types';

/** The host pages and form posts of the demo systems (the session below opens nothing else), and the tab icon the browser asks every site for. */
const HOST_PAGE = /^\/(favicon\.ico|toolbox\/(|banner|nav|caseload|participant|casenote\/new|casenote\/save)|wf1\/(Caseload|Participant\/(Summary|ProgressNotes))\.aspx)$/;

/**
 * The browsers' own services (Firefox remote settings, Chromium's updater and
 * sign-in), which keep calling home with every quieting flag set. Passed over
 * here only because the built extension is checked below to name none of them.
 */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net)|firefox\.com|google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;
const BROWSER_OWN_WORDS = ['mozilla.com', 'mozilla.net', 'firefox.com', 'google.com', 'googleapis', 'gvt1', 'gstatic'];

function offences(seen: SeenRequest[], demoOrigin: string): string[] {
  return seen.flatMap((r) => {
    const url = new URL(r.url);
    if (url.origin !== demoOrigin && BROWSER_OWN.test(url.hostname)) return [];
    if (url.origin !== demoOrigin) return [`${r.method} outside the host system: ${r.url}`];
    if (!HOST_PAGE.test(url.pathname)) return [`${r.method} to the host system that no page of it made: ${r.url}`];
    return [];
  });
}

test('a whole session sends nothing but the host pages’ own requests, and the check would catch one', async ({ driver, demo }) => {
  // A whole session on both systems: two browsers share two cores in CI, and this one test walks through a dozen pages.
  test.setTimeout(90_000);
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/wf1/Caseload.aspx`);
  await tab.goto(`${demo.url}/wf1/Participant/Summary.aspx?pid=MN-448120`);
  await tab.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await tab.goto(`${demo.url}/toolbox/`);
  const main = await tab.frame('main');
  await seeText(main, '#caseloadGrid', 'Brandt');
  await main.goto(`${demo.url}/toolbox/participant?id=101552`);
  await main.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
  await openPanel(main);
  await seeText(main, '.status h3', 'Brandt, Alicia');
  await fill(main, '#contactType', 'Telephone');
  await typeInto(tab, main, '#noteText', 'Call went well. ');
  await insertTemplate(main, 'Telephone contact');
  // The template is in (it also fills the empty date) before Save: a click that missed would save a note with no errors.
  await expect.poll(() => valueOf(main, '#noteText'), { timeout: 20_000 }).toMatch(/by phone/);
  await click(main, 'input[type="submit"][value="Save"]');
  await saveAnyway(main, driver.console);
  await seeText(main, 'body', 'Case note saved.');
  const popup = await driver.openExtensionPage('popup.html');
  // The list answers from the policy last seen, never waiting on the browser's first agency-policy read
  // (about five seconds after launch in Chromium, sometimes longer): what it waits on is the recorded caseload.
  await expect.poll(() => popup.evaluate(() => document.querySelectorAll('button[data-row]').length, null), { message: 'the popup lists the participants the session recorded' }).toBeGreaterThan(0);
  const options = await driver.openExtensionPage('options.html');
  await fillLabelled(options, 'Show as due soon within (days)', '10');
  await seeText(options, '[role="status"]', 'Saved.');
  // Badge refreshes, draft saves and storage events settle before judging: ask the background once more.
  await sendFromExtension(popup, { kind: 'list-due' });

  // What the proxy passes over as the browser's own, the extension never names.
  const built = readdirSync(driver.extensionDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
    .join('\n');
  expect(built.length).toBeGreaterThan(10_000);
  expect(BROWSER_OWN_WORDS.filter((w) => built.includes(w))).toEqual([]);

  const origin = new URL(demo.url).origin;
  expect(driver.requests.some((r) => r.method === 'POST' && r.url.endsWith('/toolbox/casenote/save')), 'the proxy saw the session').toBe(true);
  expect(offences(driver.requests, origin)).toEqual([]);

  // The same log and rule flag a fetch from an extension page (outside and to the host) and from a host page.
  const before = driver.requests.length;
  await popup.evaluate(async (o) => {
    await fetch('http://192.0.2.1/__probe-outside').catch(() => null);
    await fetch('https://example.org/__probe-https').catch(() => null);
    await fetch(`${o}/__probe-from-extension`).catch(() => null);
  }, origin);
  await main.evaluate((o) => fetch(`${o}/__probe-from-page`).then(() => null, () => null), origin);
  await expect.poll(() => driver.requests.length - before).toBeGreaterThanOrEqual(4);
  const caught = offences(driver.requests.slice(before), origin).join('\n');
  for (const probe of ['http://192.0.2.1/__probe-outside', 'https://example.org', '__probe-from-extension', '__probe-from-page']) expect(caught).toContain(probe);
});
