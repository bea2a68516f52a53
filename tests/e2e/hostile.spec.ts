/**
 * Hostile and broken input from pages: names carrying HTML, a 1 MB note, malformed host
 * pages, a replayed start-up announcement, links to elsewhere, a caseload too large to read.
 * In each case the case manager's work goes on and nothing of the input runs as code.
 * (Garbage in our own database and a bad settings file: hostile-stored.spec.ts.)
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { test, expect, extensionWorker, openPanel, SIDEBAR } from './fixtures';
import { openExtensionPage, todayUs, untilKnown } from './session';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Anything that would show a script ran: a dialog, or the <img> fetching its `src`. */
function watchForInjection(context: BrowserContext): { dialogs: string[]; imageRequests: string[] } {
  const seen = { dialogs: [] as string[], imageRequests: [] as string[] };
  context.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => {
    if (r.resourceType() === 'image' || /\/x$/.test(new URL(r.url()).pathname)) seen.imageRequests.push(r.url());
  });
  return seen;
}

async function noImages(p: Page): Promise<number> {
  // Counts <img> in the document and in every open shadow root.
  return p.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll('img').length;
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  });
}

test.describe('hostile input', () => {
  test('a name carrying HTML is only ever text: sidebar status, import preview, popup', async ({ context, page, demo, extensionId }) => {
    const injection = watchForInjection(context);
    await page.goto(`${demo.url}/toolbox/participant?id=102003`);
    await untilKnown(context, extensionId, 'toolbox', '102003');
    await page.goto(`${demo.url}/toolbox/casenote/new?id=102003`);
    const status = (await openPanel(page)).getByRole('region', { name: 'Participant status' });
    await expect(status.getByRole('heading')).toHaveText(`Test, ${HOSTILE}`);
    expect(await noImages(page)).toBe(0);

    // The same name in a caseload export: previewed, imported, then listed.
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const lastContact = format(subDays(new Date(), 100), 'MM/dd/yyyy');
    await options.getByLabel('CSV file').setInputFiles({
      name: 'caseload.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`participant id,name,last contact date\n102003,"Test, ${HOSTILE}",${lastContact}\n`),
    });
    const preview = options.locator('table.preview');
    await expect(preview.locator('tbody td').nth(2)).toHaveText(`Test, ${HOSTILE}`);
    expect(await noImages(options)).toBe(0);
    await options.getByRole('button', { name: /^Import 1 participant/ }).click();
    await expect(options.getByText(/Imported 1 participant/)).toBeVisible();

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    // In the due list, or under "No contact on file" when the participant's own page shows no contact.
    const row = popup.locator('button', { hasText: '102003' });
    await expect(row.locator('.cnc-name')).toHaveText(`Test, ${HOSTILE}`);
    expect(await noImages(popup)).toBe(0);

    expect(injection.dialogs).toEqual([]);
    expect(injection.imageRequests).toEqual([]);
  });

  test('a 1 MB note leaves the page responsive and is saved exactly', async ({ page, demo }) => {
    test.slow(); // a megabyte crosses fill, the checker, a form post and the server
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    await page.selectOption('#contactType', 'In Person');
    await page.fill('#contactDate', todayUs());
    const sentence = 'Met with customer in person; 160 of 400 WEX hours done, attendance good. Continue WEX per IEP. Next step: TC in 30 days. ';
    const big = sentence.repeat(Math.ceil(1_048_576 / sentence.length)).slice(0, 1_048_576);
    await page.fill('#noteText', big);
    // The page still answers, and the sidebar either reports or stays silent — it never hangs the tab.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    await expect(page.locator(SIDEBAR).getByRole('status')).toHaveText(/.*/);
    // A pause for the delayed check (big notes are checked after typing stops), then the field is untouched.
    await page.waitForTimeout(400);
    expect(await page.locator('#noteText').evaluate((el: HTMLTextAreaElement, expected) => el.value === expected, big)).toBe(true);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByText('Case note saved.');
    const anyway = page.locator(SIDEBAR).getByRole('button', { name: 'Save anyway' });
    // A megabyte is posted, stored by the demo server and rendered back: under a loaded CI machine that takes
    // longer than the default 5 s (it failed there with the page already at ?saved=1).
    await expect(saved.or(anyway)).toBeVisible({ timeout: 30_000 });
    if (await anyway.isVisible()) await anyway.click();
    await expect(saved).toBeVisible({ timeout: 30_000 });
    const note = demo.data.toolbox.find((p) => p.id === '101552')!.notes.at(-1)!;
    expect(note.text.length).toBe(big.length);
    expect(note.text === big).toBe(true);
  });

  test('malformed host pages raise no errors in the page and their form still submits', async ({ context, page, demo, extensionId }) => {
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // The demo server has no favicon; that 404 is the browser's, not ours.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) consoleErrors.push(m.text());
    });
    await page.goto(`${demo.url}/broken/toolbox-participant`);
    await untilKnown(context, extensionId, 'toolbox', '104400');

    await page.goto(`${demo.url}/broken/toolbox-note`);
    await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    const text = 'OV with customer <b>not bold</b> & "quoted"; dates 02/30/2026 and 13/45/2026.';
    await page.locator('#noteText').first().fill(text);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.locator('#saved');
    const anyway = page.locator(SIDEBAR).getByRole('button', { name: 'Save anyway' });
    await expect(saved.or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(saved).toHaveText(`Broken form saved: ${text.length} characters.`);
    await expect(page.locator('#savedText')).toHaveText(text);

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("the page cannot switch the coach or its save guard off by replaying WXT's start-up announcement", async ({ page, demo, extensionId }) => {
    const replay = (scope: Page | Frame) =>
      scope.evaluate((id) => {
        // The event WXT's content-script context listens for, and the message it posts (which tells the page the name).
        const type = `${id}:content:wxt:content-script-started`;
        const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }, extensionId);
    const ATTEMPT_NOTE = 'Called customer, no answer. LM.';

    // Toolbox: the note form in the frameset's main frame.
    await page.goto(`${demo.url}/toolbox/`);
    const main = page.frame({ name: 'main' }) ?? (await (await page.waitForSelector('frame[name="main"]')).contentFrame());
    if (!main) throw new Error('no Toolbox main frame');
    await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await expect(main.locator(SIDEBAR)).toBeAttached();
    await replay(main);
    await replay(page);
    await expect(main.locator(SIDEBAR)).toHaveCount(1);
    await main.locator('#contactType').selectOption('Telephone');
    await main.locator('#noteText').fill(ATTEMPT_NOTE);
    await main.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(main.locator(SIDEBAR).getByRole('alertdialog')).toContainText('still has problems');
    expect(demo.data.toolbox.find((p) => p.id === '100234')!.notes.some((n) => n.text === ATTEMPT_NOTE)).toBe(false);

    // Workforce One: the progress-note form inside the page-wide WebForms form.
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448377`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    await expect(page.locator(SIDEBAR)).toBeAttached();
    await replay(page);
    await expect(page.locator(SIDEBAR)).toHaveCount(1);
    await page.locator('#ctl00_ContentPlaceHolder1_txtNote').fill(ATTEMPT_NOTE);
    await page.getByRole('button', { name: 'Save Note' }).click();
    await expect(page.locator(SIDEBAR).getByRole('alertdialog')).toContainText('still has problems');
  });

  test('the save guard holds back only saving the note: Cancel and search go through, Save and Enter in the note form do not', async ({ page, demo }) => {
    const PROBLEM_NOTE = 'Called customer, no answer. LM.';
    const guard = (scope: Page | Frame) => scope.locator(SIDEBAR).getByRole('alertdialog');

    // Toolbox (frameset): Cancel posts the note's own form.
    await page.goto(`${demo.url}/toolbox/`);
    const main = page.frame({ name: 'main' }) ?? (await (await page.waitForSelector('frame[name="main"]')).contentFrame());
    if (!main) throw new Error('no Toolbox main frame');
    const toolboxNote = async () => {
      await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
      await expect(main.locator(SIDEBAR)).toBeAttached();
      await main.locator('#contactType').selectOption('Telephone');
      await main.locator('#noteText').fill(PROBLEM_NOTE);
    };
    await toolboxNote();
    await main.getByRole('button', { name: 'Cancel' }).click();
    await expect(main.locator('#caseNoteGrid')).toBeVisible();
    expect(main.url()).toContain('/toolbox/participant?id=100234');
    await expect(guard(main)).toHaveCount(0);
    // Enter in the note form's date field submits it with Save: that is saving the note, and is held back.
    await toolboxNote();
    await main.locator('#contactDate').fill(todayUs());
    await main.locator('#contactDate').press('Enter');
    await expect(guard(main)).toContainText('still has problems');
    expect(main.url()).toContain('/toolbox/casenote/new');
    await main.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(guard(main)).toContainText('still has problems');
    const toolboxNotes = demo.data.toolbox.find((p) => p.id === '100234')!.notes;
    expect(toolboxNotes.some((n) => n.text === PROBLEM_NOTE)).toBe(false);

    // Workforce One: one WebForms form around the page, with a header search and a Cancel button in it.
    const wf1Note = async () => {
      await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448377`);
      await page.getByRole('link', { name: 'Add Progress Note' }).click();
      await expect(page.locator(SIDEBAR)).toBeAttached();
      await page.locator('#ctl00_ContentPlaceHolder1_txtNote').fill(PROBLEM_NOTE);
    };
    await wf1Note();
    await page.locator('#ctl00_txtQuickSearch').fill('Haugen');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveTitle(/Caseload/i);
    await expect(guard(page)).toHaveCount(0);
    await wf1Note();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('#ctl00_ContentPlaceHolder1_txtNote')).toHaveCount(0);
    await expect(guard(page)).toHaveCount(0);
    await wf1Note();
    await page.getByRole('button', { name: 'Save Note' }).click();
    await expect(guard(page)).toContainText('still has problems');
    expect(demo.data.wf1.find((p) => p.id === 'MN-448377')!.notes.some((n) => n.text === PROBLEM_NOTE)).toBe(false);
  });

  test('a link to anywhere but the participant\'s own site is not kept, and the popup opens none', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/broken/toolbox-caseload-links`);
    await untilKnown(context, extensionId, 'toolbox', '990007');
    // Stored past every check (an older version, a DevTools edit): the popup still refuses them.
    const worker = await extensionWorker(context);
    await worker.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('case-note-coach');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['participants', 'summary'], 'readwrite');
        const row = (id, name, url) => ({ key: 'toolbox:' + id, system: 'toolbox', participantId: id, name, url, enrolledDate: null,
          activities: [], plannedGaps: [], activitiesRead: null, historyRead: null, lastSeen: '${format(new Date(), 'yyyy-MM-dd')}' });
        tx.objectStore('participants').put(row('990101', 'Stored, Script', 'javascript:alert(document.domain)'));
        tx.objectStore('participants').put(row('990102', 'Stored, Data', 'data:text/html,<script>alert(1)</script>'));
        tx.objectStore('participants').put(row('990103', 'Stored, Elsewhere', 'https://toolbox.mo.gov.evil.example/participant?id=990103'));
        // Rebuilt from the tables on the next read.
        tx.objectStore('summary').clear();
        tx.oncomplete = () => { db.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
    })`);

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    const row = (id: string) => popup.locator('button', { hasText: `(ID ${id})` });
    const good = row('990001');
    await expect(good).toBeVisible();
    await expect(good).not.toContainText('No link');
    const bad = ['990002', '990003', '990004', '990005', '990006', '990007', '990101', '990102', '990103'];
    for (const id of bad) {
      await expect(row(id), id).toContainText('No link to their page');
      // Marked aria-disabled, but still a button a user can press: pressing it opens nothing.
      await row(id).click({ force: true });
    }
    // The good row opens its page; nothing else was opened before it.
    const opened = context.waitForEvent('page');
    await good.click();
    const tab = await opened;
    await tab.waitForURL(`${demo.url}/toolbox/participant?id=990001`);
    const urls = context.pages().map((p) => p.url());
    expect(urls.filter((u) => !u.startsWith(demo.url) && !u.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
    expect(urls.filter((u) => u.includes('99000') && !u.endsWith('id=990001'))).toEqual([]);
  });

  test('a caseload page too large to read whole: its first 10,000 rows are stored and the popup says so', async ({ context, page, demo, extensionId }) => {
    test.slow(); // 10,050 rows are read in the page and stored in the background
    await page.goto(`${demo.url}/broken/toolbox-caseload-huge?rows=10050`);
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    // The popup follows the caseload as it is stored.
    await expect(popup.getByText('The last caseload page read: This page is too large: the first 10,000 rows were read.')).toBeVisible({ timeout: 60_000 });
    await expect(popup.getByText('10,000 participants need a contact: 10,000 already soft-exited.')).toBeVisible({ timeout: 60_000 });
    // The last row read is listed; the first row past the cap is not.
    const search = popup.getByLabel('Search by name or ID');
    await search.fill('809999');
    // The most overdue come first; the whole list of 10,000 follows (slowly on a busy machine).
    await expect(popup.locator('button[data-row]', { hasText: '(ID 809999)' })).toBeVisible({ timeout: 60_000 });
    await search.fill('810000');
    await expect(popup.getByText('No participant matches “810000”.')).toBeVisible();
  });
});
