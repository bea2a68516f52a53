/**
 * Small DOM helpers shared by the adapters. They use tag names, not
 * `instanceof HTMLElement`, because the document may come from another realm
 * (a jsdom window, a frame).
 */

export const tag = (el: Element) => el.tagName.toLowerCase();

/** Visible text with runs of whitespace (incl. &nbsp;) collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** querySelectorAll that returns [] instead of throwing on a bad selector. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function one(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Where an element is drawn from: its document, or the open shadow root of a web component it sits in. */
type DomRoot = Document | ShadowRoot;
export const rootOf = (el: Element) => el.getRootNode() as DomRoot;
const isShadow = (root: DomRoot): root is ShadowRoot => 'host' in root;

/** Elements looked at for a shadow root, in all: a web component's form is no deeper in a page than this (a 10,000-row grid is). */
const SHADOW_SCAN = 10_000;

/** The open shadow roots in `doc`, nested ones too (a web component's form); a closed one is not ours to see. */
export function shadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let budget = SHADOW_SCAN;
  for (let i = -1; i < found.length; i++) {
    // Walked, not listed: a listing of a huge page's every element costs what the walk's budget saves.
    const walker = doc.createTreeWalker(i < 0 ? doc : found[i]!, 1);
    while (budget-- > 0 && walker.nextNode()) {
      const shadow = (walker.currentNode as Element).shadowRoot;
      if (shadow) found.push(shadow);
    }
  }
  return found;
}

/** Between a web component's selector and one inside its open shadow root (selectorFor, queryDeep). */
const SHADOW_STEP = ' >>> ';

/** The element a selector from selectorFor (or a plain CSS selector) finds, through open shadow roots. */
export function queryDeep(doc: Document, selector: string): Element | null {
  let root: DomRoot | null = doc;
  let found: Element | null = null;
  for (const step of selector.split(SHADOW_STEP)) {
    found = root && one(root, step);
    root = found?.shadowRoot ?? null;
  }
  return found;
}

/** CSS.escape is not in Node; this covers what ids and names in these systems contain. */
function cssEscape(value: string): string {
  return Array.from(value)
    .map((ch, i) => {
      if (/[a-zA-Z0-9_\-\u00a0-\uffff]/.test(ch) && !(i === 0 && /[0-9]/.test(ch))) {
        if (i === 0 && ch === '-' && value.length === 1) return '\\-';
        return ch;
      }
      if (/[0-9]/.test(ch)) return `\\3${ch} `;
      return `\\${ch}`;
    })
    .join('');
}

const attrValue = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;

function unique(doc: DomRoot, selector: string, el: Element): boolean {
  const found = all(doc, selector);
  return found.length === 1 && found[0] === el;
}

/**
 * A selector that finds exactly this element again (queryDeep): its id, else its name, else a path of :nth-of-type
 * steps from the nearest ancestor with an id; inside a web component's open shadow root, its host's selector first.
 */
export function selectorFor(el: Element): string {
  const root = rootOf(el);
  const inRoot = selectorIn(root, el);
  return isShadow(root) ? `${selectorFor(root.host)}${SHADOW_STEP}${inRoot}` : inRoot;
}

function selectorIn(doc: DomRoot, el: Element): string {
  const t = tag(el);
  const id = el.getAttribute('id');
  if (id) {
    const byId = `#${cssEscape(id)}`;
    if (unique(doc, byId, el)) return byId;
  }
  const name = el.getAttribute('name');
  if (name) {
    const byName = `${t}[name=${attrValue(name)}]`;
    if (unique(doc, byName, el)) return byName;
  }
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && tag(node) !== 'html') {
    if (tag(node) === 'body') {
      steps.unshift('body');
      break;
    }
    const nodeId = node.getAttribute('id');
    if (node !== el && nodeId && unique(doc, `#${cssEscape(nodeId)}`, node)) {
      steps.unshift(`#${cssEscape(nodeId)}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    const nodeTag = tag(node);
    const index = parent ? Array.from(parent.children).filter((c) => tag(c) === nodeTag).indexOf(node) + 1 : 1;
    steps.unshift(`${nodeTag}:nth-of-type(${index})`);
    node = parent;
  }
  return steps.join(' > ');
}

/** Hidden by attribute, inline style or type=hidden on itself or an ancestor. */
export function isHidden(el: Element): boolean {
  if (tag(el) === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  // Browsers answer this directly, stylesheets included; jsdom lacks it, so walk up below.
  if (typeof el.checkVisibility === 'function') {
    try {
      return !el.checkVisibility({ visibilityProperty: true });
    } catch {
      // Fall through to the attribute walk.
    }
  }
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
    try {
      const computed = view?.getComputedStyle(node);
      if (computed && (computed.display === 'none' || computed.visibility === 'hidden')) return true;
    } catch {
      // Some frames refuse getComputedStyle; attributes above are enough then.
    }
  }
  return false;
}

/** Disabled itself or inside a disabled fieldset. */
export function isDisabled(el: Element): boolean {
  if (el.hasAttribute('disabled')) return true;
  return el.closest('fieldset[disabled]') !== null;
}

/**
 * Everything a person would read as this field's label: <label for>, a
 * wrapping <label>, aria-label(ledby), placeholder, title, and in table
 * layouts the cell to the left.
 */
export function labelText(el: Element): string {
  const doc = rootOf(el);
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id) for (const label of all(doc, `label[for=${attrValue(id)}]`)) parts.push(text(label));
  const wrapping = el.closest('label');
  if (wrapping) parts.push(text(wrapping));
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria);
  for (const ref of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(text(doc.getElementById(ref)));
  }
  for (const attr of ['placeholder', 'title']) {
    const value = el.getAttribute(attr);
    if (value) parts.push(value);
  }
  const cell = el.closest('td, th');
  const prev = cell?.previousElementSibling;
  if (prev) parts.push(text(prev));
  if (parts.every((p) => !p.trim())) {
    // Modern div layouts: the label is often the previous sibling element.
    const sibling = el.previousElementSibling;
    if (sibling && ['label', 'span', 'div', 'p', 'strong', 'b'].includes(tag(sibling))) parts.push(text(sibling));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Resolves a link against the page URL; null when either is unusable. */
export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
