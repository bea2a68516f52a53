/**
 * Tells the content script when a note form may have appeared or gone (AJAX
 * panels, tabs that render late, a dialog that was in the page all along and is
 * opened by unhiding it) so it reads the page again. Cheap: it only reacts to
 * added or removed textareas, forms and iframes, and to a change of `hidden`,
 * `style`, `class` or `open` on an element around one (never on the box itself,
 * which may restyle as it grows with the typing), and coalesces a burst of
 * mutations into one call per animation frame.
 */
import { tag } from './dom';

const INTERESTING = ['textarea', 'form', 'iframe'];
const BOXES = 'textarea, iframe, [contenteditable]';

function touchesEditor(nodes: NodeList): boolean {
  for (const node of Array.from(nodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (INTERESTING.includes(tag(el))) return true;
    // A web component's form in its open shadow root, drawn as it was added.
    if (el.querySelector('textarea, form, iframe') || el.shadowRoot?.querySelector('textarea, form, iframe')) return true;
  }
  return false;
}

export function watchForEditor(doc: Document, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const view = doc.defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  if (!Observer) return;
  const raf = view?.requestAnimationFrame?.bind(view);
  const cancelRaf = view?.cancelAnimationFrame?.bind(view);
  let pending = false;
  let frame: number | undefined;

  const fire = () => {
    pending = false;
    frame = undefined;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      // The caller's failure must not stop future notifications.
    }
  };

  const observer = new Observer((records) => {
    if (pending || signal.aborted) return;
    const shows = (r: MutationRecord) => r.type === 'attributes' && (r.target as Element).querySelector(BOXES) !== null;
    if (!records.some((r) => touchesEditor(r.addedNodes) || touchesEditor(r.removedNodes) || shows(r))) return;
    pending = true;
    if (raf) frame = raf(fire);
    else queueMicrotask(fire);
  });
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, attributeFilter: ['hidden', 'style', 'class', 'open'] });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame !== undefined && cancelRaf) cancelRaf(frame);
      pending = false;
    },
    { once: true },
  );
}
