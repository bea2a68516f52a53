import { test, expect, badgeText, openPanel, sendFromExtensionPage, toolboxMain } from './fixtures';

test.describe('popup: who needs a contact', () => {
  test('a new user is told how to fill the caseload', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByText('Your caseload is empty.')).toBeVisible();
    await expect(page.getByText(/Visit your caseload page in Toolbox or Workforce One, or import a CSV export/)).toBeVisible();
  });

  test('after browsing Toolbox, the overdue participant comes first and the badge counts them', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/toolbox/`);
    const main = await toolboxMain(page);
    await expect(main.locator('#caseloadGrid')).toBeVisible();
    for (const id of ['100234', '100871', '101552']) {
      await main.goto(`${demo.url}/toolbox/participant?id=${id}`);
      await expect(main.locator('#caseNoteGrid')).toBeVisible();
    }
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const rows = popup.locator('button[data-row]');
    // The pages' reads wait on the browser's first managed-policy read (seconds on a fresh profile, ~5 s in CI), and
    // the popup's list follows them as they land: wait for that as untilRecorded does, not the default 5 s.
    await expect(rows).toHaveCount(2, { timeout: 20_000 });
    // Dana's last real contact was 101 days ago (the later "LM" does not count): past the 90-day soft exit.
    await expect(rows.nth(0)).toContainText('Whitfield, Dana');
    await expect(rows.nth(0)).toContainText('11 days overdue');
    // Past her soft exit (Missouri): said apart from the overdue, as her row and the panel ("Already soft-exited on …") say it.
    await expect(rows.nth(0)).toContainText('Soft-exited:');
    await expect(rows.nth(1)).toContainText('Oyelaran, Marcus');
    await expect(rows.nth(1)).toContainText('due in 10 days');
    await expect(popup.getByRole('status')).toHaveText('2 participants need a contact: 1 already soft-exited, 1 due soon.');
    await expect.poll(() => badgeText(context)).toBe('1');

    // Search narrows the list; a click opens the participant's page in Toolbox.
    await popup.getByLabel('Search by name or ID').fill('1008');
    await expect(rows).toHaveCount(1);
    const opened = context.waitForEvent('page');
    await rows.first().click();
    const participantPage = await opened;
    await participantPage.waitForLoadState();
    expect(participantPage.url()).toBe(`${demo.url}/toolbox/participant?id=100871`);
  });

  test('Workforce One participants are held to a contact every calendar month', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/wf1/Caseload.aspx`);
    await page.goto(`${demo.url}/wf1/Participant/Summary.aspx?pid=MN-448120`);
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await expect(page.locator('#ctl00_ContentPlaceHolder1_gvNotes')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('button[data-row]').first()).toContainText('Lindqvist');
  });
});

test.describe('one voice in the popup', () => {
  test('names as Workforce One lists them (panel), dates month first, due days in words, and "1 participant needs" (popup)', async ({ context, page, demo, extensionId }) => {
    // The caseload list says "Lindqvist, Tomas"; his Progress Notes page says "Tomas Lindqvist". The panel on
    // his note form keeps the list's form (and so do the popup and the export, which read the same record).
    await page.goto(`${demo.url}/wf1/Caseload.aspx`);
    // The list is recorded before the case manager moves on (a read still on its way when the page is left may be lost).
    const popup = await context.newPage();
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await expect(popup.locator('.cnc-overdue')).toBeVisible();
        return popup.getByText('Your caseload is empty.').count();
      })
      .toBe(0);
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await expect(page.locator('#ctl00_ContentPlaceHolder1_lblParticipantName')).toHaveText('Tomas Lindqvist');
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    const panel = await openPanel(page);
    await expect(panel.getByRole('region', { name: 'Participant status' }).getByRole('heading')).toHaveText('Lindqvist, Tomas');
    await popup.reload();
    const rows = popup.locator('button[data-row]');
    await expect(popup.getByText('Tomas Lindqvist')).toHaveCount(0);

    // One participant due: the sentence is singular.
    const day = (n: number) => {
      const d = new Date();
      d.setDate(d.getDate() - n);
      return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
    };
    await sendFromExtensionPage(popup, { kind: 'forget-everything' });
    const csv = ['Participant ID,Name,Last Contact Date,Activity', `300001,"Okafor, Grace",${day(85)},Training`, `300002,"Ruiz, Ana",${day(5)},Training`].join('\n');
    await sendFromExtensionPage(popup, { kind: 'caseload-import', csv, system: 'toolbox' });
    await popup.reload();
    await expect(popup.getByRole('status')).toHaveText('1 participant needs a contact: 1 due soon.');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Okafor, Grace');
    await expect(rows.first()).toContainText('due in 5 days');
    const row = (await rows.first().textContent()) ?? '';
    // Dates as people read them, M/D/YYYY (no leading zeros), as the file above writes them.
    expect(row).toContain(`Due ${day(-5)} `);
    expect(row).toContain(`Last contact ${day(85)}`);
    expect(row).not.toMatch(/-\d+ days|\d{4}-\d{2}-\d{2}/);
  });
});

test.describe('a stricter local interval', () => {
  test('changes due dates at once, not at the next daily refresh', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/toolbox/participant?id=100871`);
    await expect(page.locator('#caseNoteGrid')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const marcus = popup.locator('button[data-row]', { hasText: 'Oyelaran, Marcus' });
    // 80 days since his last visit: due in 10 days under Missouri's 90.
    await expect(marcus).toContainText('due in 10 days', { timeout: 20_000 });
    expect(await sendFromExtensionPage(popup, { kind: 'settings-set', patch: { intervalDays: 60 } })).toEqual({ ok: true, result: { error: null } });
    // The open popup follows: under a local 60-day interval he is 20 days overdue.
    await expect(marcus).toContainText('20 days overdue', { timeout: 20_000 });
    await expect.poll(() => badgeText(context), { timeout: 20_000 }).toBe('1');
  });
});

test.describe('a large caseload', () => {
  test('the most overdue show first with everyone\'s totals, then everyone else arrives', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByText('Your caseload is empty.')).toBeVisible();
    // 150 participants, last contact 100..249 days ago: all past Missouri's 90 days (soft-exited), the oldest first.
    const day = (n: number) => {
      const d = new Date();
      d.setDate(d.getDate() - n);
      return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
    };
    const lines = Array.from({ length: 150 }, (_, i) => `${300000 + i},"Person${String(i).padStart(3, '0')}, Pat",${day(100 + i)},Training`);
    const csv = ['Participant ID,Name,Last Contact Date,Activity', ...lines].join('\n');
    const imported = (await sendFromExtensionPage(popup, { kind: 'caseload-import', csv, system: 'toolbox' })) as { ok: boolean; result: { imported: number } };
    expect(imported.result.imported).toBe(150);
    await popup.reload();
    const rows = popup.locator('button[data-row]');
    // The whole list replaces the first rows, and the totals are for everyone, not for the rows first shown.
    await expect(popup.getByRole('status')).toHaveText('150 participants need a contact: 150 already soft-exited.');
    await expect(rows).toHaveCount(150);
    await expect(rows.first()).toContainText('Person149, Pat');
    await expect(rows.last()).toContainText('Person000, Pat');
    await popup.getByLabel('Search by name or ID').fill('300001');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Person001, Pat');
  });
});
