/**
 * Browser-neutral steps the cross-browser scenarios are written in: a case
 * manager's actions (click, type, choose) and what they would see, through
 * the driver (driver/types.ts). Waiting is by polling what a user would see.
 */
import { expect } from '@playwright/test';
import { deepInfo, type DeepInfo } from '../driver/deep';
import type { Doc, Tab } from '../driver/types';

/** The coach's overlay host (underlines, badge, cards, panel), on <html> outside the page's layout. */
export const SIDEBAR = 'case-note-coach';
const WAIT = { timeout: 20_000 };

const NOTHING: DeepInfo = { count: 0, text: null, value: null, disabled: null };

/** The first match described; nothing while the document is being replaced (a navigation under way). */
export function info(doc: Doc, css: string, text?: string): Promise<DeepInfo> {
  return doc.evaluate(deepInfo, [css, text ?? null] as [string, string | null]).catch(() => NOTHING);
}

/** The text of the first match (through shadow roots), or null while there is none. */
export async function textOf(doc: Doc, css: string, text?: string): Promise<string | null> {
  return (await info(doc, css, text)).text;
}

export async function valueOf(doc: Doc, css: string): Promise<string | null> {
  return (await info(doc, css)).value;
}

export async function countOf(doc: Doc, css: string, text?: string): Promise<number> {
  return (await info(doc, css, text)).count;
}

/** Waits until the text of `css` contains `expected` (a string or a pattern). */
export async function seeText(doc: Doc, css: string, expected: string | RegExp, message?: string): Promise<void> {
  await expect.poll(async () => (await textOf(doc, css)) ?? '', { ...WAIT, message: message ?? `${css} shows ${String(expected)}` }).toMatch(expected);
}

/** Clicks the first match once it is there. */
export async function click(doc: Doc, css: string, text?: string): Promise<void> {
  await expect.poll(async () => (await doc.find(css, text).catch(() => null)) !== null, { ...WAIT, message: `${css} ${text ?? ''} appears` }).toBe(true);
  await (await doc.find(css, text))!.click();
}

/**
 * Opens the panel's Templates list and clicks a template's own button, as a case manager does: looks whether the list
 * is open and clicks "Templates" again when it is not. The panel is placed again as checks come back while the note is
 * typed, and a click that lands as it moves can miss the summary (the list stays closed); the template's button is
 * then clicked only once it shows, in the list itself (a finding's "Use template: …" button names it too).
 */
export async function insertTemplate(doc: Doc, label: string): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await countOf(doc, 'details.templates[open]')) === 0) await click(doc, 'details.templates > summary', 'Templates');
        return countOf(doc, 'details.templates[open]');
      },
      { ...WAIT, message: "the panel's Templates list opens" },
    )
    .toBeGreaterThan(0);
  await click(doc, 'details.templates[open] button', label);
}

/** Opens the coach's panel with its badge at the note's corner (unless it is open already). */
export async function openPanel(doc: Doc): Promise<void> {
  await expect.poll(() => countOf(doc, '.cnc-badge'), { ...WAIT, message: "the coach's badge at the note" }).toBeGreaterThan(0);
  // (A panel that opened on its own may be showing its fallback while its views load: it is open, not to be pressed shut.)
  if ((await countOf(doc, '.cnc-sidebar')) + (await countOf(doc, '.cnc-fallback')) === 0) await click(doc, '.cnc-badge');
  await expect.poll(() => countOf(doc, '.cnc-sidebar'), { ...WAIT, message: "the coach's panel opens" }).toBeGreaterThan(0);
}

/** The texts of every match, through open shadow roots (underlines, list rows). */
export function textsOf(doc: Doc, css: string): Promise<string[]> {
  return doc
    .evaluate((c) => {
      const out: string[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of Array.from(roots[i]!.querySelectorAll(c))) out.push(el.textContent ?? '');
        for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      return out;
    }, css)
    .catch(() => []);
}

/** Sets a field the way a paste or autofill would: value, then input and change events. */
export async function fill(doc: Doc, css: string, value: string): Promise<void> {
  await expect.poll(() => countOf(doc, css), { ...WAIT, message: `${css} appears` }).toBeGreaterThan(0);
  await doc.evaluate(
    ([c, v]) => {
      const el = document.querySelector(c) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [css, value] as [string, string],
  );
}

/** Clicks into a field and types, key by key. */
export async function typeInto(tab: Tab, doc: Doc, css: string, text: string): Promise<void> {
  await click(doc, css);
  await tab.type(text);
}

type ExtensionStorage = { storage: { local: { set(items: object): Promise<void> } } };
type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> }; action: { getBadgeText(d: object): Promise<string> } };

/** A message to the background from an extension page, as the popup and Options send them. */
export async function sendFromExtension(page: Tab, message: unknown): Promise<unknown> {
  return page.evaluate((m) => {
    const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message);
}

/** Sets keys in the extension's storage.local from an extension page (a test build's hooks read some). */
export async function setExtensionStorage(page: Tab, items: Record<string, unknown>): Promise<void> {
  await page.evaluate((i) => {
    const g = globalThis as unknown as { browser?: ExtensionStorage; chrome: ExtensionStorage };
    return (g.browser ?? g.chrome).storage.local.set(i);
  }, items);
}

/** The toolbar badge, read from an extension page. */
export async function badgeText(page: Tab): Promise<string> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    return (g.browser ?? g.chrome).action.getBadgeText({});
  }, null);
}

/** Waits until the background's answer about a participant satisfies `ready`. */
export async function untilStatus(probe: Tab, system: string, participantId: string, ready: (status: Record<string, unknown> | null) => boolean): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = (await sendFromExtension(probe, { kind: 'participant-status', system, participantId })) as { result?: Record<string, unknown> | null };
        return ready(answer.result ?? null);
      },
      { ...WAIT, message: `the extension recorded ${system} ${participantId}` },
    )
    .toBe(true);
}

/** Sets the field inside the <label> whose text includes `label`, then leaves it (as Tab would). */
export async function fillLabelled(doc: Doc, label: string, value: string): Promise<void> {
  await expect.poll(() => countOf(doc, 'label', label), { ...WAIT, message: `a field labelled ${label}` }).toBeGreaterThan(0);
  await doc.evaluate(
    ([l, v]) => {
      const el = Array.from(document.querySelectorAll('label'))
        .find((x) => (x.textContent ?? '').includes(l))!
        .querySelector('input, select, textarea') as HTMLInputElement;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      el.blur();
    },
    [label, value] as [string, string],
  );
}

/** The popup's rows as a case manager reads them, top to bottom. */
export function popupRows(popup: Doc): Promise<string[]> {
  return popup
    .evaluate(() => Array.from(document.querySelectorAll('button[data-row]')).map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()), null)
    .catch(() => []);
}

/** Opens the coach's panel from the badge at the note's corner, unless it is open already (a draft or the guard opens it). */
export async function openCoachPanel(doc: Doc): Promise<void> {
  await expect.poll(async () => (await countOf(doc, '.cnc-badge')) + (await countOf(doc, '.cnc-sidebar')), { ...WAIT, message: 'the coach appears' }).toBeGreaterThan(0);
  // (A panel that opened on its own may be showing its fallback while its views load: it is open, not to be pressed shut.)
  if ((await countOf(doc, '.cnc-sidebar')) + (await countOf(doc, '.cnc-fallback')) === 0) await click(doc, '.cnc-badge');
  await seeText(doc, '.cnc-sidebar h2', 'Case Note Coach');
}

/** What the page and the coach show now, in words: a failed step says what was there instead. */
export async function describeCoach(doc: Doc): Promise<string> {
  return doc
    .evaluate(() => {
      const squeeze = (s: string | null | undefined, n: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);
      const hosts = Array.from(document.querySelectorAll('case-note-coach'));
      const coach = hosts.map((h, i) => {
        const root = h.shadowRoot;
        const badge = root?.querySelector('.cnc-badge');
        const panel = root?.querySelector('.cnc-sidebar');
        return `coach ${i + 1}: badge "${squeeze(badge?.textContent, 80)}"; panel ${panel ? `"${squeeze(panel.textContent, 600)}"` : 'closed'}`;
      });
      return [`page ${location.href}: "${squeeze(document.body?.innerText, 300)}"`, `${hosts.length} coach overlay(s)`, ...coach].join('\n');
    }, null)
    .catch((error: unknown) => `(the page could not be read: ${String(error)})`);
}

/** Runs `step`; when it fails, the error also says what the page, the coach and our console lines showed then. */
export async function explained<T>(doc: Doc, logged: readonly string[], step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const ours = logged.filter((line) => line.includes('Case Note Coach')).slice(-10);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${await describeCoach(doc)}\nconsole:\n${ours.join('\n') || '(nothing of ours)'}`, { cause: error });
  }
}

/** Clicks the save guard's "Save anyway", explained when it never comes. */
export function saveAnyway(doc: Doc, logged: readonly string[]): Promise<void> {
  return explained(doc, logged, () => click(doc, '[role="alertdialog"] button', 'Save anyway'));
}
