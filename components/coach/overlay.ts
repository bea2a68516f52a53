/**
 * Everything we draw on a host page lives in one shadow host, attached to
 * <html> after the page's <body> and positioned absolutely at the document's
 * origin with no size: outside the host's form flow, so the page's fields and
 * buttons sit exactly where they would without us, and its Tab order is its
 * own. Underlines and the badge are placed over the note field from its
 * measured box; cards and the panel open in the top layer (popover), which
 * neither lays out nor scrolls with the page.
 */
import overlayCss from './overlay.css?inline';
import panelCss from '../sidebar.css?inline';

const OVERLAY_HOST = 'case-note-coach';

export interface Overlay {
  host: HTMLElement;
  /** Where the underline layer goes. */
  marks: HTMLElement;
  /** Where the badge, cards and the panel are rendered. */
  ui: HTMLElement;
}

export function createOverlay(doc: Document, signal: AbortSignal): Overlay {
  const host = doc.createElement(OVERLAY_HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${overlayCss}\n${panelCss}`;
  const marks = doc.createElement('div');
  marks.className = 'cnc-marks';
  const ui = doc.createElement('div');
  ui.className = 'cnc-ui';
  root.append(style, marks, ui);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, marks, ui };
}
