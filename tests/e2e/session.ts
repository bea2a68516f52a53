/**
 * One case manager's session on the demo systems, shared by the privacy and
 * hostile-input tests: caseload, participant pages, a note typed with a
 * template and saved, the popup and the options page.
 */
import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { format } from 'date-fns';
import { expect, openPanel, SIDEBAR, toolboxMain } from './fixtures';
import type { DemoServer } from '../demo/server';

export const todayUs = () => format(new Date(), 'MM/dd/yyyy');

/** Every person on the demo systems, by the words a page would show. */
export function demoNames(demo: DemoServer): { id: string; first: string; last: string }[] {
  return [...demo.data.toolbox, ...demo.data.wf1].map((p) => ({ id: p.id, first: p.first, last: p.last }));
}

/** The one extension API the tests call from an extension page. */
export type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * Asks the background, from an extension page, until `ready` holds. The
 * content script reports a page at document_idle, a moment after Playwright
 * sees it: a case manager lingers, a test must wait.
 */
export async function untilRecorded(probe: Page, ready: (status: unknown, total: number) => boolean, participantId: string, system: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const [status, due] = await probe.evaluate(([participantId, system]) => {
          const send = (m: unknown) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m);
          return Promise.all([send({ kind: 'participant-status', system, participantId }), send({ kind: 'list-due' })]) as Promise<
            [{ result?: unknown }, { result?: { total?: number } }]
          >;
        }, [participantId, system] as const);
        return ready(status.result ?? null, due.result?.total ?? 0);
      },
      // The first page read waits on the browser's first managed-policy read (seconds on a fresh profile).
      { message: `the extension recorded ${system} ${participantId}`, timeout: 20_000 },
    )
    .toBe(true);
}

/** Browses both systems so the caseload database holds everyone (the wait is on an extension page). */
export async function browseCaseloads(page: Page, demo: DemoServer, context: BrowserContext, extensionId: string): Promise<Frame> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.bringToFront();
  await page.goto(`${demo.url}/wf1/Caseload.aspx`);
  await untilRecorded(probe, (_s, total) => total >= demo.data.wf1.length, 'MN-448120', 'workforce-one');
  await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await expect(page.locator('#ctl00_ContentPlaceHolder1_gvNotes')).toBeVisible();
  await page.goto(`${demo.url}/toolbox/`);
  const main = await toolboxMain(page);
  await expect(main.locator('#caseloadGrid')).toBeVisible();
  const everyone = demo.data.wf1.length + demo.data.toolbox.length;
  await untilRecorded(probe, (_s, total) => total >= everyone, '100234', 'toolbox');
  for (const person of demo.data.toolbox) {
    await main.goto(`${demo.url}/toolbox/participant?id=${person.id}`);
    await expect(main.locator('#caseNoteGrid')).toBeVisible();
    // The participant page adds what the caseload list lacks: the enrolled activities.
    const activities = person.activities.length;
    await untilRecorded(probe, (s) => s !== null && (s as { activities: unknown[] }).activities.length >= Math.min(activities, 1), person.id, 'toolbox');
  }
  await probe.close();
  return main;
}

/** Opens Alicia Brandt's (101552) note editor in the Toolbox frame, types and inserts a template. */
export async function writeNote(page: Page, main: Frame, demo: DemoServer): Promise<void> {
  await main.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
  const sidebar = await openPanel(main);
  await expect(sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  // The status from the local caseload arrives too: the sidebar is fully drawn.
  await expect(sidebar.getByRole('region', { name: 'Participant status' })).toContainText('Brandt');
  await main.locator('#contactType').selectOption('Telephone');
  await main.locator('#contactDate').fill(todayUs());
  await main.locator('#noteText').click();
  await page.keyboard.type('Call went well. ');
  await insertTemplate(sidebar, 'Telephone contact');
  await expect(main.locator('#noteText')).toHaveValue(/spoke with Alicia Brandt by phone/);
}

/**
 * Opens the panel's Templates list as a case manager does: one click on "Templates" (unless it is open). The panel holds still under the
 * pointer while checks come back (lib/overlay/steady.ts), so the click lands. Returns the open list.
 */
export async function openTemplates(sidebar: Locator): Promise<Locator> {
  const list = sidebar.locator('details.templates');
  if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open))) await list.locator('summary').click();
  await expect(list).toHaveJSProperty('open', true);
  return list;
}

/** Opens the panel's Templates list (openTemplates) and clicks a template's own button in it. */
export async function insertTemplate(sidebar: Locator, label: string): Promise<void> {
  const list = await openTemplates(sidebar);
  await list.getByRole('button', { name: label, exact: true }).click();
}

/** Saves the note (through the guard if the note still has problems). */
export async function saveNote(main: Frame): Promise<void> {
  await main.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = main.getByText('Case note saved.');
  const anyway = main.locator(SIDEBAR).getByRole('button', { name: 'Save anyway' });
  await expect(saved.or(anyway)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(saved).toBeVisible();
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: 'popup.html' | 'options.html'): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/${path}`);
  return p;
}

/** Waits until the background knows this participant (from any page or import). */
export async function untilKnown(context: BrowserContext, extensionId: string, system: string, participantId: string): Promise<void> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await untilRecorded(probe, (s) => s !== null, participantId, system);
  await probe.close();
}
