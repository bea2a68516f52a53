/**
 * A note lost (the page left and opened again) on pages of systems the coach has never seen, in Chromium: the draft brings back the contact
 * type chosen in a control that is not a drop-down, as the case manager chose it (a datalist box's text typed back, a
 * Lightning combobox's option picked again by a click), and a contact date typed in three boxes. Served from the demo host, as tests/e2e/unseen-pages.spec.ts.
 */
import type { Page } from '@playwright/test';
import { PAGES } from '../unseen/dev/index';
import { test, expect, openPanel, SIDEBAR } from './fixtures';

/** What Lightning's script does on the saved page, which has none: a click on an option shows it in the button. */
const LIGHTNING = `<script>
  const button = document.getElementById('combobox-button-191');
  button.addEventListener('click', () => button.parentElement.classList.toggle('slds-is-open'));
  for (const option of document.querySelectorAll('#listbox-191 [role=option]')) option.addEventListener('click', () => {
    button.dataset.value = option.dataset.value;
    button.querySelector('.slds-truncate').textContent = option.textContent;
    button.parentElement.classList.remove('slds-is-open');
  });
</script>`;

interface Case {
  id: string;
  query?: string;
  script?: string;
  /** What the case manager changes besides the note, and what must come back. */
  pick(page: Page, field: string): Promise<void>;
  back(page: Page, field: string): Promise<void>;
}

const CASES: Case[] = [
  {
    id: 'dialog-datalist-progress-note',
    pick: (page, field) => page.locator(field).fill('Phone'),
    back: (page, field) => expect(page.locator(field)).toHaveValue('Phone'),
  },
  {
    id: 'salesforce-lightning-note',
    script: LIGHTNING,
    pick: async (page, field) => {
      await page.locator(field).click();
      await page.locator('#listbox-191 [role=option]', { hasText: /^Phone$/ }).click();
    },
    back: (page, field) => expect(page.locator(field)).toHaveText('Phone'),
  },
];

/** UWORKS' contact date in three boxes (month, day, year): changed from the day the form opened with, and back again. */
const THREE_BOXES: Case = {
  id: 'uworks-ut-journal',
  query: '?pid=8812044',
  pick: async (page) => {
    await page.locator('#jrnlDateMM').fill('11');
    await page.locator('#jrnlDateDD').fill('30');
  },
  back: async (page) => {
    await expect(page.locator('#jrnlDateMM')).toHaveValue('11');
    await expect(page.locator('#jrnlDateDD')).toHaveValue('30');
    await expect(page.locator('#jrnlDateYYYY')).toHaveValue('2026');
  },
};

test.describe('a draft of a note on an unseen system brings back its contact type, in Chromium', () => {
  for (const { id, query = '', script = '', pick, back } of [...CASES, THREE_BOXES]) {
    test(`${id}: ${id === THREE_BOXES.id ? 'the contact date in three boxes' : '"Phone"'} comes back with the note when the page is opened again`, async ({ page, demo }) => {
      const unseen = PAGES.find((p) => p.id === id);
      const { noteField, contactTypeField } = unseen?.expect ?? {};
      if (!unseen || !noteField || !contactTypeField) throw new Error(`${id}: no note or contact-type field expected`);
      const url = `${demo.url}/unseen/${id}${query}`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: unseen.html.replace('</body>', `${script}</body>`) }));
      await page.goto(url);
      await openPanel(page);
      const text = 'Spoke with the participant by phone about her class schedule; next contact 12/15.';
      await page.locator(noteField).fill(text);
      await pick(page, contactTypeField);
      await page.waitForTimeout(1_500); // the draft is kept after a short pause
      await page.goto(url); // a new visit: the browser puts back nothing the form held
      // A draft to bring back opens the panel by itself.
      const restore = page.locator(SIDEBAR).getByRole('button', { name: 'Restore it' });
      await expect(restore).toBeVisible();
      await restore.click();
      await expect(page.locator(noteField)).toHaveValue(text);
      await back(page, contactTypeField);
    });
  }
});
