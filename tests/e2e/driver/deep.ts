/**
 * Runs in the page: the first element matching `css` in the document or any
 * open shadow root (the sidebar lives in one), whose text includes `text`.
 * Self-contained, since it is serialised into the page.
 */
export function deepFind([css, text]: [string, string | null]): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    for (const el of Array.from(root.querySelectorAll(css))) {
      if (text === null || (el.textContent ?? '').includes(text)) return el;
    }
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}

/** What a test reads of one element (found as `deepFind` finds it), or `count: 0`. */
export interface DeepInfo {
  count: number;
  text: string | null;
  value: string | null;
  disabled: boolean | null;
}

/** Runs in the page: `deepFind`'s element described, and how many match in all. Self-contained. */
export function deepInfo([css, text]: [string, string | null]): DeepInfo {
  const roots: (Document | ShadowRoot)[] = [document];
  const hits: Element[] = [];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    for (const el of Array.from(root.querySelectorAll(css))) {
      if (text === null || (el.textContent ?? '').includes(text)) hits.push(el);
    }
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const el = hits[0];
  if (!el) return { count: 0, text: null, value: null, disabled: null };
  const field = el as HTMLInputElement;
  return {
    count: hits.length,
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    value: typeof field.value === 'string' ? field.value : null,
    disabled: typeof field.disabled === 'boolean' ? field.disabled : null,
  };
}
