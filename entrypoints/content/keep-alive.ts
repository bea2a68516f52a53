/**
 * WXT ends an older copy of a content script when a newer copy announces
 * itself with a DOM event on `document` ("<extension id>:content:wxt:content-script-started";
 * WXT also posts that name to the page). The host page can dispatch the same
 * event and so switch the coach and its save guard off. WXT 0.21 has no option
 * against it, so the announcement is stopped on its way — a capture listener on
 * the window runs before WXT's on the document — unless this copy really is
 * stale: its extension was reloaded or updated, so it can no longer reach the
 * background. Then WXT retires it as designed.
 */
import { browser, ContentScriptContext } from '#imports';

/** WXT's own name for the event (private in its types, stable in 0.21). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export function keepAliveAgainstForgedRestarts(signal: AbortSignal): void {
  if (!STARTED) return;
  window.addEventListener(
    STARTED,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
