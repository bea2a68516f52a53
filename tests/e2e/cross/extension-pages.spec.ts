/**
 * The popup, its badge, Options and a caseload CSV import, in Chromium and
 * Firefox ESR, after browsing each demo system the way a case manager does.
 */
import { test, expect } from './fixtures';
import { badgeText, click, countOf, fillLabelled, popupRows, seeText, untilStatus } from './steps';

test('Toolbox: the popup lists who is due, most overdue first, with the badge; a stricter interval in Options moves them at once', async ({ driver, demo }) => {
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/toolbox/`);
  const main = await tab.frame('main');
  await seeText(main, '#caseloadGrid', 'Whitfield');
  const probe = await driver.openExtensionPage('popup.html');
  for (const id of ['100234', '100871', '101552']) {
    await main.goto(`${demo.url}/toolbox/participant?id=${id}`);
    await seeText(main, '#caseNoteGrid', '');
    await untilStatus(probe, 'toolbox', id, (s) => (s as { historyRead?: { from?: string } } | null)?.historyRead?.from === 'participant-page');
  }
  await probe.close();

  const popup = await driver.openExtensionPage('popup.html');
  await expect.poll(() => popupRows(popup)).toHaveLength(2);
  const [dana, marcus] = await popupRows(popup);
  // Dana's last real contact was 101 days ago (the later "LM" does not count).
  expect(dana).toMatch(/Whitfield, Dana.*11 days overdue/);
  expect(marcus).toMatch(/Oyelaran, Marcus.*due in 10 days/);
  await seeText(popup, '[role="status"]', '2 participants need a contact: 1 already soft-exited, 1 due soon.');
  await expect.poll(() => badgeText(popup)).toBe('1');

  const options = await driver.openExtensionPage('options.html');
  await seeText(options, 'h1', 'Case Note Coach settings');
  await fillLabelled(options, 'Local contact interval in days', '60');
  await seeText(options, '[role="status"]', 'Saved.');
  await options.reload();
  await expect
    .poll(() => options.evaluate(() => (Array.from(document.querySelectorAll('label')).find((l) => /Local contact interval/.test(l.textContent ?? ''))?.querySelector('input') as HTMLInputElement | null)?.value ?? null, null))
    .toBe('60');
  // Under a local 60-day interval Marcus is 20 days overdue: the open popup follows, and so does the badge.
  await expect.poll(() => popupRows(popup)).toEqual([expect.stringMatching(/Whitfield, Dana.*41 days overdue/), expect.stringMatching(/Oyelaran, Marcus.*20 days overdue/)]);
  await expect.poll(() => badgeText(popup)).toBe('2');
});

test('Workforce One: browsing the caseload and a participant lists them under Minnesota’s monthly rule', async ({ driver, demo }) => {
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/wf1/Caseload.aspx`);
  const probe = await driver.openExtensionPage('popup.html');
  await untilStatus(probe, 'workforce-one', 'MN-448120', (s) => s !== null);
  await tab.front();
  await tab.goto(`${demo.url}/wf1/Participant/Summary.aspx?pid=MN-448120`);
  await tab.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await untilStatus(probe, 'workforce-one', 'MN-448120', (s) => (s as { historyRead?: { from?: string } } | null)?.historyRead?.from === 'notes-page');
  await probe.close();
  const popup = await driver.openExtensionPage('popup.html');
  // Last contact 45 days ago: no contact last calendar month, so overdue.
  await expect.poll(async () => (await popupRows(popup))[0] ?? '').toMatch(/Lindqvist, Tomas|Tomas Lindqvist/);
  await expect.poll(async () => (await popupRows(popup))[0] ?? '').toMatch(/overdue/);
  await expect.poll(() => badgeText(popup)).not.toBe('');
});

test('a caseload CSV chosen in Options is previewed, imported and listed in the popup', async ({ driver }) => {
  const options = await driver.openExtensionPage('options.html');
  await fillLabelled(options, 'System the export came from', 'toolbox');
  const day = (n: number) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  };
  const csv = ['Participant ID,Name,Last Contact Date,Activity', `300001,"Doe, Pat",${day(120)},Training`, `300002,"Roe, Sam",${day(5)},WEX`].join('\n');
  await options.setFile('#import input[type="file"]', { name: 'caseload.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await seeText(options, '#import [role="status"]', '2 rows ready to import, 0 problems.');
  await seeText(options, 'table.preview', 'Doe, Pat');
  await click(options, '#import button', 'Import 2 participants');
  await seeText(options, '#import [role="status"]', 'Imported 2 participants from caseload.csv.');

  const popup = await driver.openExtensionPage('popup.html');
  // Only Pat is past Missouri's 90 days; Sam, seen 5 days ago, is not due.
  await expect.poll(() => popupRows(popup)).toEqual([expect.stringMatching(/Doe, Pat \(ID 300001\) — 30 days overdue/)]);
  expect(await countOf(popup, 'button[data-row]', 'Roe, Sam')).toBe(0);
});
