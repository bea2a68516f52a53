/**
 * Hostile and broken input in what the extension keeps: garbage rows and a damaged summary in its own database, and a
 * bad settings file. The popup and the coach go on with the rest, and nothing bad is taken in. (What a page hands
 * the extension is in hostile.spec.ts.)
 */
import { test, expect, extensionWorker, openPanel, SIDEBAR } from './fixtures';
import { openExtensionPage, untilKnown } from './session';

test.describe('hostile input', () => {
  test('garbage rows and a damaged summary in the database: the popup still lists the rest and says what it skipped', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/toolbox/participant?id=100234`);
    await untilKnown(context, extensionId, 'toolbox', '100234');
    const worker = await extensionWorker(context);
    // Straight into IndexedDB, past Dexie and zod, as a bug or a DevTools edit might.
    const written = await worker.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('case-note-coach');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['participants', 'contacts', 'drafts', 'summary'], 'readwrite');
        const p = tx.objectStore('participants');
        p.put({ key: 'toolbox:garbage-1', nextDueDate: '2000-01-01' });
        p.put({ key: 'toolbox:garbage-2', nextDueDate: 5, name: { evil: true }, state: 42 });
        p.put({ key: 'toolbox:garbage-3', system: 'toolbox', participantId: 'g3', name: '<b>g3</b>', nextDueDate: '2001-02-31', state: 'zombie' });
        tx.objectStore('contacts').put({ dedupeKey: 'garbage-contact', participantKey: 'toolbox:100234', date: 'not a date', qualifies: 'yes' });
        tx.objectStore('drafts').put({ key: 'toolbox:100234|note-editor', participantKey: 'toolbox:100234', pageKind: 'note-editor', text: 42 });
        // The caseload summary is rebuilt from the tables when it cannot be read.
        tx.objectStore('summary').put({ id: 'caseload', format: 1, keys: 'not a list', data: [1, 2, 3] });
        tx.oncomplete = () => { db.close(); resolve(3); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
    expect(written).toBe(3);

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByRole('heading', { name: 'Contacts due' })).toBeVisible();
    await expect(popup.getByText('3 stored records could not be read and are left out.')).toBeVisible();
    await expect(popup.locator('button[data-row]', { hasText: 'Whitfield, Dana' })).toBeVisible();
    await expect(popup.getByRole('alert')).toHaveCount(0);

    // The note editor for a participant with a garbage contact and draft still gets its sidebar.
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    await page.fill('#noteText', 'No answer, LM.');
    await expect(page.locator(SIDEBAR).locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
  });

  test('a bad settings file is refused with a clear message and changes nothing', async ({ context, extensionId }) => {
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const dueSoon = options.getByLabel('Show as due soon within (days)');
    await dueSoon.fill('9');
    await dueSoon.press('Tab');
    const status = options.getByRole('status').first();
    // A browser just started: the change waits for Chromium's first read of agency policy (~3 s here, more on a busy
    // machine) and says "Saving…" meanwhile; a user waits for the "Saved." that follows.
    await expect(status).toHaveText('Saved.', { timeout: 20_000 });
    const worker = await extensionWorker(context);
    const stored = () => worker.evaluate(`chrome.storage.local.get('settings').then((x) => JSON.stringify(x.settings))`);
    const before = await stored();
    expect(before).toContain('"dueSoonDays":9');

    const importFile = (name: string, body: string) =>
      options.getByLabel('Import settings (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    const errors = options.locator('.io [role="alert"]');

    await importFile('broken.json', '{"format": "case-note-coach-settings", "version": 1, "settings": {');
    await expect(errors).toContainText('This file is not JSON. Choose a settings file exported from Case Note Coach.');
    await expect(status).toHaveText('Not saved: the file was not imported; nothing was changed.');

    await importFile('other.json', JSON.stringify({ some: 'other app' }));
    await expect(errors).toHaveText('This is not a Case Note Coach settings file. Choose a settings file exported from Case Note Coach.');

    // Well-formed but with one bad value: all or nothing, so the good value is not taken either.
    await importFile('bad-value.json', JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: { notifications: true, dueSoonDays: 9999 } }));
    await expect(errors).toContainText('The setting "dueSoonDays" is not valid: ');
    await expect(status).toHaveText('Not saved: the file was not imported; nothing was changed.');

    expect(await stored()).toBe(before);
    await options.reload();
    await expect(options.getByLabel('Show as due soon within (days)')).toHaveValue('9');
    await expect(options.getByLabel(/Show one notification a day/)).not.toBeChecked();
  });
});
