/**
 * Due dates come only from pages that show a participant's contacts: a page
 * that does not show them never makes anyone overdue.
 */
import { format, subDays } from 'date-fns';
import { test, expect, badgeText, openPanel, sendFromExtensionPage, SIDEBAR } from './fixtures';
import { untilKnown, untilRecorded } from './session';

type DueAnswer = { result: { items: { participantId: string; daysRemaining: number }[]; overdueCount: number } };

test('a Workforce One Summary tab on a fresh profile makes nobody overdue; the Progress Notes tab then gives the real due date', async ({ context, page, demo, extensionId }) => {
  await page.goto(`${demo.url}/wf1/Participant/Summary.aspx?pid=MN-448377`);
  await expect(page.getByRole('heading', { name: 'Participant Summary' })).toBeVisible();
  await untilKnown(context, extensionId, 'workforce-one', 'MN-448377');
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  const due = async () => ((await sendFromExtensionPage(probe, { kind: 'list-due' })) as DueAnswer).result;
  // Her activities are known from the Summary, her contacts are not: no due date, no "overdue".
  expect((await due()).items.map((i) => i.participantId)).not.toContain('MN-448377');
  expect((await due()).overdueCount).toBe(0);
  await expect(probe.getByText(/Overdue/)).toHaveCount(0);
  expect(await badgeText(context)).toBe('');

  // The Progress Notes tab shows her phone call ten days ago: she is not overdue.
  await page.bringToFront();
  await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448377`);
  await expect(page.locator('#ctl00_ContentPlaceHolder1_gvNotes')).toBeVisible();
  await expect
    .poll(async () => {
      const status = (await sendFromExtensionPage(probe, { kind: 'participant-status', system: 'workforce-one', participantId: 'MN-448377' })) as {
        result: { lastQualifyingContact: unknown; daysRemaining: number | null } | null;
      };
      return status.result?.lastQualifyingContact ? status.result.daysRemaining : null;
    })
    .toBeGreaterThanOrEqual(0);
  expect((await due()).overdueCount).toBe(0);
  expect(await badgeText(context)).toBe('');
});

test("a log saved after its last contact: the panel and the popup count from the day it records reaching the participant", async ({ context, page, demo, extensionId }) => {
  const ago = (n: number) => subDays(new Date(), n);
  // Saved yesterday; the participant was last reached 91 days ago, the entry of yesterday is an unanswered call.
  const marcus = demo.data.toolbox.find((p) => p.id === '100871')!;
  marcus.notes = [
    {
      date: ago(1),
      contactType: 'Telephone',
      author: 'J. Moreno',
      text: `${format(ago(91), 'M/d')} OV w/ cust – passed CDL permit test, range practice 4 days/wk, attendance 100%. Cont training per IEP.\n${format(ago(1), 'M/d')} TC – NA, LM`,
    },
  ];
  await page.goto(`${demo.url}/toolbox/participant?id=100871`);
  await expect(page.locator('#caseNoteGrid')).toBeVisible();
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await untilRecorded(probe, (s) => (s as { lastQualifyingContact?: unknown } | null)?.lastQualifyingContact != null, '100871', 'toolbox');

  // The panel on a new note: the last contact is the visit of 91 days ago, so the 90 days ran out yesterday.
  await page.bringToFront();
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  await openPanel(page);
  const status = page.locator(SIDEBAR).locator('.status');
  await expect(status.locator('[data-fact="last-contact"]')).toContainText(format(ago(91), 'M/d/yyyy'), { timeout: 20_000 });
  await expect(status.locator('[data-fact="due"]')).toContainText(`${format(ago(1), 'M/d/yyyy')} (1 day overdue)`);
  await expect(status.locator('[data-fact="soft-exit"]')).toContainText(`Already soft-exited on ${format(new Date(), 'M/d/yyyy')}`);

  // The popup lists him as soft-exited, not as fine until a due date three months away.
  await probe.reload();
  const row = probe.locator('button[data-row]', { hasText: 'Oyelaran, Marcus' });
  await expect(row).toContainText('1 day overdue');
  await expect(row).toContainText('Soft-exited');
  await expect.poll(() => badgeText(context)).toBe('1');
});

test('the coach says when the note being written records its contact on an earlier day than the date field', async ({ page, demo }) => {
  const ago = (n: number) => subDays(new Date(), n);
  await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
  await page.locator('#contactType').selectOption('Telephone');
  await page.locator('#contactDate').fill(format(new Date(), 'MM/dd/yyyy'));
  await page.locator('#noteText').click();
  await page.keyboard.type(`${format(ago(10), 'M/d')} TC w/ cust – completed 160 of 400 WEX hours, punctual per supervisor. Cont WEX per IEP.\n${format(new Date(), 'M/d')} TC – NA, LM`);
  const panel = await openPanel(page);
  await expect(panel.locator('.cnc-sidebar')).toContainText(
    `This note records the contact on ${format(ago(10), 'M/d/yyyy')}, but the contact date field says ${format(new Date(), 'M/d/yyyy')}.`,
    { timeout: 20_000 },
  );
});
