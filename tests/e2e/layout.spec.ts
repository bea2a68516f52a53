/**
 * "Never move the host page": every field, button and link of the host is at
 * exactly the same place with the extension on as in a browser without it, at
 * common window sizes and at 150 % zoom, before and after typing, with the
 * panel open or closed; and the page's own Tab order from the note is its own.
 */
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launchWithExtension, SIDEBAR } from './fixtures';
import type { DemoServer } from '../demo/server';

/** 150 % zoom of a 1280×900 window: the page lays out in 853×600 CSS pixels, drawn at 1.5 device pixels each. */
const SIZES = [
  { name: '1024×768', width: 1024, height: 768, scale: 1 },
  { name: '1280×900', width: 1280, height: 900, scale: 1 },
  { name: '1920×1080', width: 1920, height: 1080, scale: 1 },
  { name: '1280×900 at 150 %', width: 853, height: 600, scale: 1.5 },
];

interface System {
  name: string;
  open(page: Page, demo: DemoServer): Promise<Frame>;
  note: string;
  save: string;
}

const SYSTEMS: System[] = [
  {
    name: 'Toolbox (in its frameset)',
    async open(page, demo) {
      await page.goto(`${demo.url}/toolbox/`);
      await page.waitForSelector('frame[name="main"]', { state: 'attached' });
      const main = page.frame({ name: 'main' })!;
      await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
      return main;
    },
    note: '#noteText',
    save: 'input[type="submit"][value="Save"]',
  },
  {
    name: 'Toolbox (editor on its own)',
    async open(page, demo) {
      await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
      return page.mainFrame();
    },
    note: '#noteText',
    save: 'input[type="submit"][value="Save"]',
  },
  {
    name: 'Workforce One',
    async open(page, demo) {
      await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
      await page.getByRole('link', { name: 'Add Progress Note' }).click();
      await page.waitForSelector('#ctl00_ContentPlaceHolder1_txtNote');
      return page.mainFrame();
    },
    note: '#ctl00_ContentPlaceHolder1_txtNote',
    save: '#ctl00_ContentPlaceHolder1_btnSave',
  },
  {
    name: 'another system (Virtual OneStop-style)',
    async open(page, demo) {
      await page.goto(`${demo.url}/other/vos/CaseNotes.aspx?id=7731904`);
      return page.mainFrame();
    },
    note: '#ctl00_Main_content_txtNotes',
    save: '#ctl00_Main_content_btnSave',
  },
  {
    name: 'a web component’s note form (in its open shadow root)',
    async open(page, demo) {
      await page.goto(`${demo.url}/other/shadow-note?id=7731904`);
      await page.locator('case-note-form #body').waitFor();
      return page.mainFrame();
    },
    note: 'case-note-form #body',
    save: 'case-note-form #save',
  },
];

/**
 * Every field, button and link of the host page, and how big the page
 * scrolls, in the document's own pixels (a click can scroll the page; that
 * is not the page moving).
 */
function layoutOf(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out = [`scroll ${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`];
    // The page's own open shadow roots too (a web component's form), never ours (the coach's overlay host).
    const roots: ParentNode[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot && el.tagName.toLowerCase() !== 'case-note-coach') roots.push(el.shadowRoot);
    }
    roots.flatMap((root) => Array.from(root.querySelectorAll('input, select, textarea, button, a, label, legend, th'))).forEach((el, i) => {
      const v = el.getBoundingClientRect();
      if (v.width === 0 && v.height === 0) return; // not rendered (a hidden input): no position to keep
      const r = { x: v.x + scrollX, y: v.y + scrollY, width: v.width, height: v.height };
      const name = `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || i}`;
      out.push(`${name} ${r.x.toFixed(2)},${r.y.toFixed(2)} ${r.width.toFixed(2)}×${r.height.toFixed(2)}`);
    });
    return out;
  });
}

/** Where Tab goes from the note until the page's Save: the page's own order (our badge may only come after it). */
async function tabOrder(page: Page, frame: Frame, note: string, save: string): Promise<string[]> {
  await frame.locator(note).focus();
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    seen.push(await frame.evaluate(() => {
      // Into open shadow roots: a web component's focused field, not its host.
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || (el as HTMLInputElement).value || ''}` : 'none';
    }));
    if (await frame.locator(save).first().evaluate((el) => el === (el.getRootNode() as Document | ShadowRoot).activeElement)) return seen;
  }
  throw new Error(`Tab from ${note} never reached ${save}: ${seen.join(' → ')}`);
}

async function sized(context: BrowserContext, size: (typeof SIZES)[number]): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.scale, mobile: false });
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where something is once it is laid out, as a case manager sees it once it has appeared. Playwright's box, read the
 * instant after the panel showed, once came back null on a loaded CI machine; in the browser the panel is placed before
 * the first frame that paints it, and shown once per opening (checked with its toggle events and a ResizeObserver).
 */
async function boxOf(locator: Locator, what: string): Promise<Box> {
  let box = null as Box | null;
  await expect.poll(async () => (box = await locator.boundingBox()), { message: `${what} is laid out` }).not.toBeNull();
  return box!;
}

const TEXT = 'Called customer, no answer. LM asking her to call back.';

for (const system of SYSTEMS) {
  test(`${system.name}: the host's fields and buttons do not move, at every size, typing, panel open or closed`, async ({ demo }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'cnc-layout-'));
    let on: BrowserContext | undefined;
    let offBrowser: Browser | undefined;
    try {
      on = await launchWithExtension(dir);
      offBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      const off = await offBrowser.newContext();
      for (const size of SIZES) {
        const where = `${system.name} at ${size.name}`;
        // Without the extension: the reference.
        const offPage = await sized(off, size);
        const offFrame = await system.open(offPage, demo);
        const offBefore = await layoutOf(offFrame);
        const offTabs = await tabOrder(offPage, offFrame, system.note, system.save);
        await offFrame.locator(system.note).click({ position: { x: 10, y: 10 } });
        await offPage.keyboard.type(TEXT);
        const offAfter = await layoutOf(offFrame);
        await offPage.close();

        // With it: attached, badge showing, before typing.
        const page = await sized(on, size);
        const frame = await system.open(page, demo);
        const overlay = frame.locator(SIDEBAR);
        const badge = overlay.locator('.cnc-badge');
        await expect(badge, where).toBeVisible();
        expect(await layoutOf(frame), `${where}, before typing`).toEqual(offBefore);
        expect(await tabOrder(page, frame, system.note, system.save), `${where}, Tab order from the note`).toEqual(offTabs);
        // After typing: underlined, counted.
        await frame.locator(system.note).click({ position: { x: 10, y: 10 } });
        await page.keyboard.type(TEXT);
        await expect(badge.locator('[data-severity="error"]'), where).toBeVisible();
        await expect(overlay.locator('.cnc-marks mark:not([hidden])').first(), where).toBeVisible();
        expect(await layoutOf(frame), `${where}, after typing`).toEqual(offAfter);
        // Every underline sits over the note box, at this size too.
        const noteBox = await boxOf(frame.locator(system.note), `${where}: the note`);
        for (const m of await overlay.locator('.cnc-marks mark:not([hidden])').all()) {
          const b = await boxOf(m, `${where}: an underline`);
          expect(b.x >= noteBox.x && b.y >= noteBox.y && b.x + b.width <= noteBox.x + noteBox.width && b.y + b.height <= noteBox.y + noteBox.height, `${where}: an underline off the note`).toBe(true);
        }
        // Panel open: the page is where it was, and the panel covers neither the note nor Save.
        const panel = overlay.locator('.cnc-panel');
        // (A draft kept from the last size's typing may have opened it already.)
        if (!(await panel.locator('.cnc-sidebar').isVisible())) await badge.click();
        await expect(panel.locator('.cnc-sidebar'), where).toBeVisible();
        expect(await layoutOf(frame), `${where}, panel open`).toEqual(offAfter);
        const panelBox = await boxOf(panel, `${where}: the panel`);
        for (const sel of [system.note, system.save]) {
          const box = await boxOf(frame.locator(sel).first(), `${where}: ${sel}`);
          expect(overlaps(panelBox, box), `${where}: the panel covers ${sel}`).toBe(false);
        }
        // And closed again.
        await panel.getByRole('button', { name: 'Close' }).click();
        await expect(panel.locator('.cnc-sidebar'), where).toHaveCount(0);
        expect(await layoutOf(frame), `${where}, panel closed`).toEqual(offAfter);
        await page.close();
      }
    } finally {
      await on?.close();
      await offBrowser?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('underlines stay on their words when the page around the note changes: a banner above it, a window resize, a scroll box', async ({ page, demo }) => {
  await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await page.getByRole('link', { name: 'Add Progress Note' }).click();
  const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
  await note.click();
  await page.keyboard.type('Called Tomas, no answer.');
  const mark = page.locator(SIDEBAR).locator('.cnc-marks mark:not([hidden])').first();
  await expect(mark).toHaveText('no answer');
  // Where the underline sits relative to the note: it must stay so.
  const offset = async () => {
    const [m, n] = [(await mark.boundingBox())!, (await note.boundingBox())!];
    return `${Math.round(m.x - n.x)},${Math.round(m.y - n.y)}`;
  };
  const at = await offset();
  const before = (await note.boundingBox())!;
  // The host page inserts a banner above the form (nothing of ours reports that but the containers' size).
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.height = '120px';
    banner.textContent = 'System notice';
    document.querySelector('form')!.prepend(banner);
  });
  await expect.poll(async () => (await note.boundingBox())!.y).toBeGreaterThan(before.y + 100);
  await expect.poll(offset).toBe(at);
  // The window narrows (the note re-wraps nothing here, but the page re-centres and re-flows around it).
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(offset).toBe(at);
  // The note ends up in a scroll box of the host's, which then scrolls.
  await page.evaluate(() => {
    const form = document.querySelector('form')!;
    form.style.height = '300px';
    form.style.overflow = 'auto';
    form.scrollTop = 90;
  });
  await expect.poll(offset).toBe(at);
});

test('Workforce One: the open panel leaves the earlier notes under the note box and the form\'s labels readable, at 1024×768 and 1280×900', async ({ context, demo }, testInfo) => {
  for (const size of SIZES.slice(0, 2)) {
    const page = await context.newPage();
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
    await note.click();
    await page.keyboard.type(TEXT);
    const overlay = page.locator(SIDEBAR);
    await expect(overlay.locator('.cnc-marks mark:not([hidden])').first()).toHaveText('no answer');
    const panel = overlay.locator('.cnc-panel');
    // (The draft kept from the first size's typing may have opened it already.)
    if (!(await panel.locator('.cnc-sidebar').isVisible())) await overlay.locator('.cnc-badge').click();
    await expect(panel.locator('.cnc-sidebar')).toBeVisible();
    const history = page.locator('#ctl00_ContentPlaceHolder1_gvNotes');
    await expect(history).toContainText('Met with Tomas at the ALC');
    // Placed after layout settles: wait for it to be clear of the note, then check it covers none of what the case manager reads.
    await expect.poll(async () => overlaps(await boxOf(panel, 'the panel'), await boxOf(note, 'the note'))).toBe(false);
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([size.width, size.height]);
    const p = await boxOf(panel, `${size.name}: the panel`);
    for (const [what, el] of [['the note', note], ['Save', page.locator('#ctl00_ContentPlaceHolder1_btnSave')], ['the earlier notes', history]] as const) {
      expect(overlaps(p, await boxOf(el, what)), `${size.name}: the panel covers ${what}`).toBe(false);
    }
    // Nor the form's labels (where the note's form has room around it, as here).
    for (const label of await page.locator('label').all()) {
      expect(overlaps(p, await boxOf(label, 'a label')), `${size.name}: the panel covers the label ${await label.textContent()}`).toBe(false);
    }
    // Tall enough to read its verdict (it scrolls inside).
    expect(p.height, size.name).toBeGreaterThanOrEqual(160);
    await page.screenshot({ path: testInfo.outputPath(`wf1-panel-${size.width}x${size.height}.png`) });
    await page.close();
  }
});
