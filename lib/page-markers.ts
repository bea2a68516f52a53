/**
 * Whether a frame may show anything a reader reads: a participant, a caseload
 * list, a note history or a note field. Each system names the signs of its own
 * pages (`markers` in lib/systems/<id>/index.ts, taken from its selectors); the
 * build joins them (wxt.config.ts) for the stub every matched frame loads
 * (entrypoints/content/index.ts), which loads the reader only into a frame that
 * shows one of them. A marker must hold on every page its reader gets anything
 * from: the tests check that on every saved demo page (tests/page-markers.test.ts).
 * Dependency-free and small: the stub carries it into every frame.
 */

/**
 * - a CSS selector: any element matching it;
 * - `{ css, words }`: an element matching `css` whose text matches `words` (a case-insensitive
 *   regular expression), for readers that go by what a page says rather than its markup;
 * - `{ css, editingFrame: true }`: a frame element matching `css` whose document we can reach
 *   and is an editor's editing area (TinyMCE, CKEditor 4, RadEditor).
 */
export type PageMarker = string | { css: string; words: string } | { css: string; editingFrame: true };

/**
 * A system's signs, in two kinds: `note`, a note form (the frame gets the reader and the coach in
 * one load); `page`, anything else its reader reads: a participant, a caseload, a note history.
 */
export interface PageMarkers {
  page: readonly PageMarker[];
  note: readonly PageMarker[];
}

/** Elements looked at for a web component's open shadow root (lib/adapters/dom.ts looks as far). */
const SHADOW_SCAN = 10_000;

/** Elements whose text is looked at per marker: enough for any header row, bounded on a huge page. */
const MAX_WORD_CHECKS = 200;

function matches(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function isEditingArea(frame: Element): boolean {
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (!inner) return false;
    const editable = inner.body?.getAttribute('contenteditable');
    return inner.designMode === 'on' || (editable != null && editable.toLowerCase() !== 'false');
  } catch {
    // Another origin's frame: nothing of it is ours to read.
    return false;
  }
}

/** A marker tester for `markers`: the plain selectors are asked as one list, which the browser answers at once. */
export function markerTest(markers: readonly PageMarker[]): (doc: Document) => boolean {
  const plain = markers.filter((m): m is string => typeof m === 'string');
  const others = markers.filter((m): m is Exclude<PageMarker, string> => typeof m !== 'string');
  const words = others.map((m) => ('words' in m ? new RegExp(m.words, 'i') : null));
  const joined = plain.join(', ');
  const plainIn = (root: ParentNode): boolean => {
    try {
      return root.querySelector(joined) !== null;
    } catch {
      // One selector this browser does not know must not hide the others.
      return plain.some((s) => matches(root, s).length > 0);
    }
  };
  // A web component's form draws its fields in its open shadow root, nested ones too: looked at there as well, within
  // the first SHADOW_SCAN elements (walked, not listed: a listing of a huge page costs what the budget saves).
  const inShadows = (doc: Document): boolean => {
    const roots: Node[] = [doc];
    let budget = SHADOW_SCAN;
    for (const root of roots) {
      const walker = doc.createTreeWalker(root, 1);
      while (budget-- > 0 && walker.nextNode()) {
        const shadow = (walker.currentNode as Element).shadowRoot;
        if (!shadow) continue;
        if (plainIn(shadow)) return true;
        roots.push(shadow);
      }
    }
    return false;
  };
  return (doc) => {
    if (joined && (plainIn(doc) || inShadows(doc))) return true;
    return others.some((marker, i) => {
      const found = matches(doc, marker.css).slice(0, MAX_WORD_CHECKS);
      const pattern = words[i];
      if (pattern) return found.some((el) => pattern.test((el.textContent ?? '').replace(/\s+/g, ' ').trim()));
      return found.some(isEditingArea);
    });
  };
}

/** This document is itself an editor's editing area: the page around it reads it, it reads nothing. */
export function isEditingDocument(doc: Document): boolean {
  const editable = doc.body?.getAttribute('contenteditable');
  return doc.designMode === 'on' || (editable != null && editable.toLowerCase() !== 'false');
}
