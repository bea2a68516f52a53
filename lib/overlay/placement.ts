/**
 * Where the coach's popovers go: the badge inside the note's corner, the card beside its
 * phrase and the panel beside the note, never over the note or the page's Save, and over the
 * page's earlier notes or the form's labels only when the window has no other room (place.ts decides the side). Run in a frame once layout has settled (field-tracker.ts).
 */
import { place } from './place';
import type { Box } from './place';
import type { FieldTracker } from './field-tracker';

/** The page's own Save controls in the note's form: never covered by a card or the panel. */
function saveControls(form: HTMLFormElement | null): Element[] {
  return form ? Array.from(form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]')) : [];
}

/**
 * What the case manager reads while writing: the page's tables of records (a header row of `th`), such as the
 * earlier notes under Workforce One's note box. Not the layout table the note itself sits in.
 */
function recordTables(field: HTMLElement): Element[] {
  return Array.from(field.ownerDocument.querySelectorAll('table')).filter((t) => !t.contains(field) && t.querySelector('th') !== null);
}

/** The labels of the note's form (contact type, date, the note's own): less needed than the earlier notes, but read. */
function formLabels(field: HTMLElement, form: HTMLFormElement | null): Element[] {
  return Array.from((form ?? field.ownerDocument).querySelectorAll('label'));
}

/** The open panel and card (null when closed); `cardTop`: the top of the card's phrase, to line the card up with it. */
interface Popovers {
  panel: HTMLElement | null;
  card: HTMLElement | null;
  cardTop?: number | undefined;
}

export function placePopovers(field: HTMLElement, form: HTMLFormElement | null, open: Popovers): void {
  if (!open.panel && !open.card) return;
  const note = field.getBoundingClientRect();
  const win = field.ownerDocument.defaultView;
  if (!win) return;
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  const avoid: Box[] = saveControls(form).map((el) => el.getBoundingClientRect());
  const rects = (els: Element[]): Box[] => els.map((el) => el.getBoundingClientRect());
  const spare = [rects(recordTables(field)), rects(formLabels(field, form))];
  const noteBox = { left: note.left, top: note.top, width: note.width, height: note.height };
  const put = (el: HTMLElement, want: { width: number; height: number }, min: { width: number; height: number }, anchorY?: number) => {
    el.style.width = `${want.width}px`;
    el.style.maxHeight = 'none';
    const height = el.scrollHeight + 2;
    const at = place({ viewport, note: noteBox, avoid, spare, want: { width: want.width, height }, min, ...(anchorY !== undefined ? { anchorY } : {}) });
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
    el.style.width = `${at.width}px`;
    el.style.maxHeight = `${at.height}px`;
    el.dataset.side = at.side;
  };
  if (open.panel) put(open.panel, { width: 340, height: 0 }, { width: 240, height: 160 });
  if (open.card) put(open.card, { width: 300, height: 0 }, { width: 200, height: 80 }, open.cardTop);
}

/**
 * The badge inside the note's bottom-right corner, clear of its scrollbar and resize grip, faded while the note's text
 * fills the box under it; hidden when that corner is scrolled away.
 */
export function placeBadge(badge: HTMLElement, field: HTMLElement, tracker: FieldTracker): void {
  const box = tracker.boxInOverlay();
  const shown = tracker.visiblePart();
  const style = field.ownerDocument.defaultView?.getComputedStyle(field);
  const scrollbar = style ? field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth) : 0;
  const right = 4 + Math.max(0, scrollbar) + (style && style.resize !== 'none' ? 12 : 0);
  const bottom = 4;
  const visible = box.width > 48 && box.height > 32 && shown !== null && shown.right >= box.width - right && shown.bottom >= box.height - bottom;
  badge.hidden = !visible;
  badge.style.right = `${-(box.left + box.width - right)}px`;
  badge.style.bottom = `${-(box.top + box.height - bottom)}px`;
  // Over a note that fills its box, the last lines (the one being typed) run under it: faded (sidebar.css) until pointed at.
  badge.classList.toggle('cnc-faded', visible && field.scrollHeight > field.clientHeight);
}

/** Shows or hides a popover to match the state just rendered (where the browser has popovers). */
export function syncPopover(el: HTMLElement | null, open: boolean): void {
  if (!el || typeof el.showPopover !== 'function') return;
  const isOpen = el.matches(':popover-open');
  if (open && !isOpen) el.showPopover();
  else if (!open && isOpen) el.hidePopover();
}
