/**
 * A note lost (the page left and opened again) on pages of systems the coach has never seen, in Chromium: the draft brings back the contact
 * type chosen in a control that is not a drop-down, as the case manager chose it (a datalist box's text typed back, a
 * Lightning combobox's option picked again by a click). Served from the demo host, as tests/e2e/unseen-pages.spec.ts.
 */
import type { Page } from '@playwright/test';
import { PAGES } from '../unseen/dev/index';
import { test, expect, openPanel } from './fixtures';

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

const CASES = [
  { id: 'dialog-datalist-progress-note', script: '', pick: (page: Page, field: string) => page.locator(field).fill('Phone') },
  {
    id: 'salesforce-lightning-note',
    script: LIGHTNING,
    pick: async (page: Page, field: string) => {
      await page.locator(field).click();
      await page.locator('#listbox-191 [role=option]', { hasText: /^Phone$/ }).click();
    },
  },
];

test.describe('a draft of a note on an unseen system brings back its contact type, in Chromium', () => {
  for (const { id, script, pick } of CASES) {
    test(`${id}: "Phone" comes back with the note when the page is opened again`, async ({ page, demo }) => {
      const unseen = PAGES.find((p) => p.id === id);
      const { noteField, contactTypeField } = unseen?.expect ?? {};
      if (!unseen || !noteField || !contactTypeField) throw new Error(`${id}: no note or contact-type field expected`);
      const url = `${demo.url}/unseen/${id}`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: unseen.html.replace('</body>', `${script}</body>`) }));
      await page.goto(url);
      await openPanel(page);
      const text = 'Spoke with the participant by phone about her class schedule; next contact 12/15.';
      await page.locator(noteField).fill(text);
      await pick(page, contactTypeField);
      await page.waitForTimeout(1_500); // the draft is kept after a short pause
      await page.goto(url); // a new visit: the browser puts back nothing the form held
      const restore = (await openPanel(page)).getByRole('button', { name: 'Restore it' });
      await expect(restore).toBeVisible();
      await restore.click();
      await expect(page.locator(noteField)).toHaveValue(text);
      const control = page.locator(contactTypeField);
      if (id === 'salesforce-lightning-note') await expect(control).toHaveText('Phone');
      else await expect(control).toHaveValue('Phone');
    });
  }
});
