/**
 * A date typed in three parts, month, day and year boxes or drop-downs (Utah UWORKS' journal, a <dialog>'s three
 * selects), found as the smallest element holding the three, and read and set as one "M/D/YYYY" field by the coach
 * (its check, template, save guard and draft), as any date box is. Kept small: it rides in the note frame.
 */
import { all } from './dom';

type Part = HTMLInputElement | HTMLSelectElement;
const said = (el: Element) => `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
const MONTH = /month|mm\b|mm$/i;
const DAY = /day|dd\b|dd$/i;
const YEAR = /year|yy\b|yy$/i;

/** The month, day and year parts inside `box` (the first of each), or null when one is missing. */
export function dateParts(box: Element): [Part, Part, Part] | null {
  const parts = all(box, 'input, select') as Part[];
  const [m, d, y] = [MONTH, DAY, YEAR].map((re) => parts.find((el) => re.test(said(el))));
  return m && d && y ? [m, d, y] : null;
}

/** A part's number: a box's digits, a drop-down's option value, else its place among the options ("December" is 12). */
function number(el: Part, original: boolean): string {
  if (el.tagName !== 'SELECT') return (original ? (el as HTMLInputElement).defaultValue : el.value).trim();
  const select = el as HTMLSelectElement;
  const options = Array.from(select.options);
  const option = original ? options.find((o) => o.defaultSelected) : options[select.selectedIndex];
  if (!option?.value) return '';
  return /^\d+$/.test(option.value) ? option.value : String(options.filter((o) => o.value).indexOf(option) + 1);
}

function put(el: Part, value: string | undefined): void {
  if (!value) return;
  if (el.tagName === 'SELECT') {
    const options = Array.from((el as HTMLSelectElement).options).filter((o) => o.value);
    const option = options.find((o, i) => (/^\d+$/.test(o.value) ? Number(o.value) : i + 1) === Number(value));
    if (!option) return;
    el.value = option.value;
  } else el.value = (el as HTMLInputElement).maxLength === 2 ? value.padStart(2, '0') : value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The box as a date field: its `value` is "M/D/YYYY" once all three parts are filled ('' before), and setting it fills
 * the parts as typing would; `defaultValue` is what the parts held as the page came. Events from the parts reach it.
 */
export function asDateField(box: HTMLElement): HTMLInputElement | null {
  const parts = dateParts(box);
  if (!parts) return null;
  const read = (original: boolean) => {
    const [m, d, y] = parts.map((p) => number(p, original));
    return m && d && y ? `${Number(m)}/${Number(d)}/${y}` : '';
  };
  Object.defineProperties(box, {
    value: { get: () => read(false), set: (v: string) => v.split('/').forEach((n, i) => put(parts[i] as Part, n)), configurable: true },
    defaultValue: { get: () => read(true), configurable: true },
  });
  return box as unknown as HTMLInputElement;
}
