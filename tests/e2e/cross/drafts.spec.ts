/**
 * One draft per visit, in Chromium and in Firefox ESR (lib/drafts/): two tabs of one participant's Toolbox note form
 * keep their own unsaved notes; both are closed without saving; the next visit offers both, newest first, and
 * Restore puts the chosen one in while the other stays on offer.
 */
import type { Driver, Tab } from '../driver/types';
import { test, expect } from './fixtures';
import { toolboxForm } from './note-flow';
import { click, countOf, seeText, sendFromExtension, textsOf, valueOf } from './steps';

/** The texts of the participant's kept drafts, newest first, asked of the background from an extension page. */
async function keptTexts(driver: Driver, participantId: string): Promise<string[]> {
  const probe = await driver.openExtensionPage('popup.html');
  const answer = (await sendFromExtension(probe, { kind: 'draft-load', participantKey: `toolbox:${participantId}`, pageKind: 'note-editor' })) as { result?: { text: string }[] };
  await probe.close();
  return (answer.result ?? []).map((d) => d.text);
}

test('two visits’ unsaved notes are both offered after their tabs close, and the one not restored stays on offer', async ({ driver, demo }) => {
  const form = toolboxForm(demo, '101552');
  const texts = ['OV with customer, reviewed training hours and', 'TC with customer about the bus pass and'];
  const tabs: Tab[] = [];
  for (const [i, text] of texts.entries()) {
    const tab = await driver.newTab();
    const doc = await form.open(tab);
    await click(doc, form.note);
    await tab.type(text);
    tabs.push(tab);
    // Each tab's note is its own draft: the second does not write over the first.
    await expect.poll(() => keptTexts(driver, form.participantId), { timeout: 20_000 }).toEqual(texts.slice(0, i + 1).reverse());
  }
  // The first tab stays behind the others until the end, so the browser keeps a window; the second is closed unsaved.
  await tabs[1]!.close();
  await form.lose(tabs[0]!, await tabs[0]!.frame('main'));
  const doc = await tabs[0]!.frame('main');
  await seeText(doc, '.cnc-sidebar .draft', '2 unsaved notes were kept on this computer, newest first');
  expect((await textsOf(doc, '.drafts li p')).map((t) => t.replace(/^An unsaved note from .+? \(\d+ characters\): /, ''))).toEqual(texts.slice().reverse());
  // Restore the older one: it goes in, and the newer one is still offered.
  await click(doc, '.drafts li:last-child button', 'Restore it');
  await expect.poll(() => valueOf(doc, form.note)).toBe(texts[0]);
  await expect.poll(() => countOf(doc, '.drafts li')).toBe(1);
  await seeText(doc, '.drafts li', texts[1]!);
});
