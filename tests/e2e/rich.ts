/**
 * The rich-text demo editors as a test reaches them: the editable area, the
 * frame whose document holds it (the highlight registry is per document), and
 * where a phrase of its text is drawn in the page's own coordinates.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const RICH = ['contenteditable', 'tinymce', 'ckeditor4', 'ckeditor5', 'radlike'] as const;
export type Editor = (typeof RICH)[number];

const IFRAME: Record<Editor, string | null> = {
  contenteditable: null,
  ckeditor5: null,
  tinymce: 'iframe.tox-edit-area__iframe',
  ckeditor4: 'iframe.cke_wysiwyg_frame',
  radlike: '#ctl00_Main_reNote_contentIframe',
};

export interface EditorArea {
  box: Locator;
  /** The document the editable lives in: the page, or the editor's iframe. */
  frame: Frame | Page;
  /** The iframe element in the page, for an iframe editor. */
  iframe: Locator | null;
}

export async function editable(page: Page, editor: Editor): Promise<EditorArea> {
  const selector = IFRAME[editor];
  if (!selector) {
    const box = page.locator(editor === 'ckeditor5' ? '.ck-editor__editable' : '#noteBody');
    await expect(box).toBeVisible();
    return { box, frame: page, iframe: null };
  }
  const iframe = page.locator(selector);
  await expect(iframe).toBeVisible();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  return { box: page.frameLocator(selector).locator('body'), frame: frame!, iframe };
}

/** The phrases underlined as errors in the editor's document (CSS highlights). */
export const highlighted = (frame: Frame | Page) =>
  frame.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Iterable<Range>> } }).CSS.highlights;
    const ranges = registry.get('cnc-error');
    return ranges ? [...ranges].map((r) => r.toString()) : [];
  });

/** Where the first occurrence of `phrase` is drawn, in the top page's viewport coordinates. */
export async function phraseBox(area: EditorArea, phrase: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const inner = await area.box.evaluate((root, phrase) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    throw new Error(`"${phrase}" is not in the editor`);
  }, phrase);
  if (!area.iframe) return inner;
  // An iframe's content starts inside its border and padding.
  const offset = await area.iframe.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return { x: r.left + el.clientLeft + parseFloat(s.paddingLeft), y: r.top + el.clientTop + parseFloat(s.paddingTop) };
  });
  return { ...inner, x: inner.x + offset.x, y: inner.y + offset.y };
}
