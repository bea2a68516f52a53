/**
 * The host's contact-type control, whatever kind the reader named: a drop-down, a radio group (its
 * container), or an ARIA combobox (Salesforce Lightning's button, an Angular Material select).
 * Kept small: it rides in the note frame's 40 KB (tests/e2e/bundle-size.spec.ts).
 */
export const isSelect = (el: Element): el is HTMLSelectElement => el.tagName === 'SELECT';

/** The chosen type as the page shows it (an option's text, the ticked radio's label, the text a combobox shows or an autocomplete input holds), or null without a control. */
export function chosenTypeText(field: Element | null): string | null {
  if (!field) return null;
  // A React-Select combobox's input is empty once a choice is made: the choice is shown beside it, in the box around both.
  if (field.tagName === 'INPUT') return (field as HTMLInputElement).value || (valueBox(field) === field ? '' : (valueBox(field).textContent ?? ''));
  // options[selectedIndex] rather than selectedOptions: the same in a browser, and live in happy-dom too.
  const chosen = isSelect(field) ? field.options[field.selectedIndex] : field.querySelector<HTMLInputElement>(':checked')?.labels?.[0];
  // Else the text a combobox button or div shows; a radio group with none ticked has chosen nothing, whatever words it shows.
  return (chosen ?? (field.querySelector('[type=radio]') ? null : field))?.textContent ?? '';
}

/** Where a combobox input with no value of its own shows the choice (its box holding no options), else the field itself. */
function valueBox(field: Element): Element {
  const box = field.getAttribute('role') === 'combobox' && field.parentElement?.parentElement;
  return box && !box.querySelector('[role=option]') ? box : field;
}

/** Calls `changed` when the chosen type changes: a select's or radio's change, a text box's input, or what a combobox shows (no event). */
export function watchTypeField(field: Element | null, changed: () => void, signal: AbortSignal): void {
  if (!field) return;
  // A datalist's text box changes as it is typed in (or picked from, which types it); its change waits for leaving it.
  for (const type of ['change', 'input']) field.addEventListener(type, changed, { signal });
  const observer = new MutationObserver(changed);
  observer.observe(valueBox(field), { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** Sets a host's field; its own listeners learn of the change as if the case manager made it. */
export function setField(field: HTMLSelectElement | HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
