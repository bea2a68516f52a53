/**
 * "Did you reach the participant?" in real Chromium on the demo systems: a note that does not
 * clearly show a two-way contact is asked about under its verdict; one click (or Enter from the
 * keyboard) puts one sentence stating the contact at the top of the note, the rest untouched,
 * the verdict turns to "Counts as a contact", Ctrl+Z takes the sentence back alone and the
 * host's Save still saves. The page's own contact type is never changed: a disagreement is said.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openPanel, SIDEBAR } from './fixtures';
import { axe } from './axe';
import { editable, RICH } from './rich';

// (A try in the note: a TC naming nobody is then not shown to be with the participant.)
const UNCLEAR = 'Called 11/28, no answer. TC, went over resume and the hiring event. Next appt 12/15/2026.';
const QUESTION = 'Did you reach the participant?';
/** The panel, where the question is (axe on it alone: the badge is a11y.spec's). */
const PANEL = [SIDEBAR, '.cnc-panel'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function coach(page: Page) {
  const host = page.locator(SIDEBAR);
  return {
    host,
    verdict: host.locator('.verdict-title'),
    question: host.getByRole('group', { name: QUESTION }),
    answer: (name: string) => host.getByRole('group', { name: QUESTION }).getByRole('button', { name, exact: true }),
  };
}

/** Tab from where focus is until `target` has it: the question is reached by keyboard, like any panel control. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

test.describe('the contact question', () => {
  test('Toolbox: asked on an unclear note, Phone (by keyboard) states the contact at the top, counts, Ctrl+Z takes it back alone, Save saves', async ({
    page,
    demo,
  }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const note = page.locator('#noteText');
    const c = coach(page);
    await page.locator('#contactType').selectOption('Telephone');
    await page.locator('#contactDate').fill('11/20/2026');
    await note.click();
    await page.keyboard.type(UNCLEAR);
    await openPanel(page);
    await expect(c.verdict).toHaveText('Does not count as a contact');
    await expect(c.question).toBeVisible();
    expect(await axe(page, PANEL)).toEqual([]);

    await tabTo(page, c.answer('Phone'));
    await page.keyboard.press('Enter');
    const sentence = /^Contact: spoke with (the participant|[A-Z][\p{L}' .-]+) by phone on 11\/20\/2026\.$/u;
    await expect.poll(async () => (await note.inputValue()).split('\n')[0]).toMatch(sentence);
    // The case manager's own text, whole and unmoved but for the line above it.
    const withSentence = await note.inputValue();
    expect(withSentence.slice(withSentence.indexOf('\n') + 1)).toBe(UNCLEAR);
    await expect(c.verdict).toHaveText('Counts as a contact');
    await expect(c.question).toBeHidden();
    // The page's own field is as the case manager left it, and agrees: nothing to say.
    await expect(page.locator('#contactType')).toHaveValue('Telephone');
    await expect(c.host.locator('.contact-disagrees')).toBeHidden();
    await expect(note).toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(note).toHaveValue(UNCLEAR);
    await expect(c.verdict).toHaveText('Does not count as a contact');
    await expect(c.question).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(note).toHaveValue(withSentence);
    await expect(c.verdict).toHaveText('Counts as a contact');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByText('Case note saved.');
    const anyway = c.host.getByRole('button', { name: 'Save anyway' });
    await expect(saved.or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(saved).toBeVisible();
    // (A form posts its line breaks as CR LF.)
    expect(demo.data.toolbox.find((p) => p.id === '100234')!.notes.at(-1)!.text.replace(/\r\n/g, '\n')).toBe(withSentence);
  });

  test("a channel that disagrees with the page's contact type is said, and the page's field is left alone", async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const note = page.locator('#noteText');
    const c = coach(page);
    await page.locator('#contactType').selectOption('In Person');
    await note.click();
    await page.keyboard.type('Discussed resume and the hiring event. Next appt 12/15/2026.');
    await openPanel(page);
    await expect(c.question).toBeVisible();
    await c.answer('Phone').click();
    await expect(note).toHaveValue(/^Contact: spoke with .+ by phone on \d{2}\/\d{2}\/\d{4}\.\nDiscussed resume/);
    await expect(page.locator('#contactType')).toHaveValue('In Person');
    const says = c.host.locator('.contact-disagrees');
    await expect(says).toHaveText(`The page's contact type says "In Person", not "Phone": change whichever is wrong.`);
    expect(await axe(page, PANEL)).toEqual([]);
    // Sanity: axe scoped to the panel does look inside it (a nameless button planted there is caught).
    await page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('.cnc-panel .verdict')?.append(document.createElement('button')), SIDEBAR);
    expect((await axe(page, PANEL)).filter((v) => v.startsWith('button-name'))).toHaveLength(1);
    await page.locator('#contactType').selectOption('Telephone');
    await expect(says).toBeHidden();
  });

  test('"No" keeps the verdict and the note, and is not asked again for this note', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const note = page.locator('#noteText');
    const c = coach(page);
    await note.click();
    await page.keyboard.type(UNCLEAR);
    await openPanel(page);
    await c.answer('No').click();
    await expect(c.question).toBeHidden();
    await expect(c.verdict).toHaveText('Does not count as a contact');
    await expect(note).toHaveValue(UNCLEAR);
    await expect(note).toBeFocused();
    await page.keyboard.type(' Discussed CNA classes.');
    await expect(note).toHaveValue(`${UNCLEAR} Discussed CNA classes.`);
    await expect(c.verdict).toHaveText('Does not count as a contact');
    await expect(c.question).toBeHidden();
  });

  test('not asked on an empty, untouched note, nor on a note of attempts only', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const c = coach(page);
    await openPanel(page);
    await expect(c.host.getByRole('status')).toHaveText(/Start typing/);
    await expect(c.question).toHaveCount(0);
    await page.locator('#noteText').click();
    await page.keyboard.type('Called cust, no answer, left VM.');
    await expect(c.verdict).toHaveText('Does not count as a contact');
    await expect(c.host.locator('.verdict-reason')).toContainText('attempt');
    await expect(c.question).toHaveCount(0);
  });

  test('Workforce One: In person states the contact at the top and Save Note saves it', async ({ page, demo }) => {
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
    const c = coach(page);
    // (Workforce One requires both; the coach fills neither.)
    await page.locator('#ctl00_ContentPlaceHolder1_ddlContactType').selectOption('In Person');
    await page.locator('#ctl00_ContentPlaceHolder1_txtContactDate').fill('11/20/2026');
    await note.click();
    await page.keyboard.type(UNCLEAR);
    await openPanel(page);
    await c.answer('In person').click();
    await expect(note).toHaveValue(`Contact: met with Tomas Lindqvist in person on 11/20/2026.\n${UNCLEAR}`);
    await expect(c.verdict).toHaveText('Counts as a contact');
    const text = await note.inputValue();
    await page.getByRole('button', { name: 'Save Note' }).click();
    const done = page.locator('#ctl00_ContentPlaceHolder1_lblMessage');
    const anyway = c.host.getByRole('button', { name: 'Save anyway' });
    await expect(done.or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(done).toHaveText('Progress note saved.');
    expect(demo.data.wf1.find((p) => p.id === 'MN-448120')!.notes.at(-1)!.text.replace(/\r\n/g, '\n')).toBe(text);
  });

  for (const editor of RICH) {
    test(`${editor}: Phone states the contact at the top, Ctrl+Z takes it back alone, Save posts it`, async ({ page, demo }) => {
      test.setTimeout(90_000);
      await page.goto(`${demo.url}/rich/${editor}?id=7731904`);
      const area = await editable(page, editor);
      const c = coach(page);
      await expect(c.host.locator('.cnc-badge')).toBeAttached({ timeout: 15_000 });
      await area.box.click();
      await page.keyboard.type(UNCLEAR);
      await openPanel(page);
      await expect(c.question).toBeVisible();
      const shown = () => area.box.evaluate((el) => (el as HTMLElement).innerText);
      const before = await shown();
      await c.answer('Phone').click();
      const lines = () => area.box.evaluate((el) => (el as HTMLElement).innerText.split('\n').filter((l) => l.trim()));
      await expect.poll(lines).toEqual([expect.stringMatching(/^Contact: spoke with .+ by phone on \d{2}\/\d{2}\/\d{4}\.$/), UNCLEAR]);
      await expect(c.verdict).toHaveText('Counts as a contact');
      const first = (await lines())[0]!;

      await page.keyboard.press('Control+z');
      // Exactly as it was: no empty line left behind, nothing of the case manager's undone with it.
      await expect.poll(shown).toBe(before);
      // Taken back, the note is unclear again: asked again, and answered again.
      await expect(c.question).toBeVisible();
      await c.answer('Phone').click();
      await expect.poll(lines).toEqual([first, UNCLEAR]);
      await expect(c.verdict).toHaveText('Counts as a contact');

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const anyway = c.host.getByRole('button', { name: 'Save anyway' });
      const saved = page.locator('#savedNote');
      await expect(saved.or(anyway)).toBeVisible();
      if (await anyway.isVisible()) await anyway.click();
      // (The demo turns the posted HTML into text roughly: both lines are there, in order.)
      await expect(saved).toHaveText(new RegExp(`^${escape(first)}\\s*${escape(UNCLEAR)}$`));
    });
  }
});
