/**
 * Shadow roots on a saved page, for the scorer: a browser turns each declarative <template shadowrootmode> into its
 * parent's shadow root as it parses the page; jsdom does not, so this does it after. And an expected selector is
 * looked for through open shadow roots, as a browser's tools and Playwright's locators pierce them.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** The first element matching `selector` in `root` or, failing that, in an open shadow root inside it. */
export function deepQuery(root: Document | ShadowRoot, selector: string): Element | null {
  const here = root.querySelector(selector);
  if (here) return here;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const found = el.shadowRoot ? deepQuery(el.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}
