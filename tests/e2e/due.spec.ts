/**
 * Due dates come only from pages that show a participant's contacts: a page
 * that does not show them never makes anyone overdue.
 */
import { test, expect, badgeText, sendFromExtensionPage } from './fixtures';
import { untilKnown } from './session';

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
