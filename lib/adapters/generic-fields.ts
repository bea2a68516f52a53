/**
 * The note's own fields beside the note box on a system we have never seen: the contact type (a
 * drop-down, a radio group, a combobox or a text box with a datalist), the contact date (never a follow-up or birth date) and
 * the control that saves it, each looked for nearest the note first.
 */
import { contactTypeOrNull } from '../text/contact-type';
import { dateParts } from './date-parts';
import { all, isDisabled, isHidden, rootOf, tag, text } from './dom';
import { isSearchOrScratch, noteBoxes, numberAttr, words } from './generic-note';

const GOOD_DATE = /contact\s*date|reference\s*date|service\s*date|date\s*of\s*(contact|service)|note\s*date|activity\s*date/i;
const OTHER_DATE = /re-?contact|follow|next|due|remind|birth|dob|end|exit/i;
const SAVE = /save|submit|add|post|create|enter|ok\b/i;
const NOT_SAVE = /cancel|search|delete|remove|clear|reset|back|close|find|draft/i;

/**
 * Where to look for the note's own fields, nearest first: the largest block around the note box
 * that holds no other note box (a page can show a quick note beside the case note, or wrap
 * several note forms in one ASP.NET form), then its form or the whole page.
 */
function scopes(note: Element): ParentNode[] {
  const others = noteBoxes(note.ownerDocument).filter((el) => el !== note);
  const form = note.closest('form');
  let near: Element = note;
  for (let up = note.parentElement; up && tag(up) !== 'body' && near !== form && !others.some((o) => up?.contains(o)); up = up.parentElement) near = up;
  // A note box in a web component's shadow root: its fields are looked for there, not in the page around it.
  const root = rootOf(note);
  return [near, form ?? root, root];
}

/** Finds one of the note's fields within `root`. */
export type Finder = (note: Element, root: ParentNode) => Element | null;

/** The first scope, nearest first, in which `find` finds something. */
export function nearest(note: Element, find: Finder): Element | null {
  for (const root of scopes(note)) {
    const found = find(note, root);
    if (found) return found;
  }
  return null;
}

function usable(el: Element): boolean {
  return !isHidden(el) && !isDisabled(el);
}

/** How deep the two elements' closest common ancestor is: deeper means closer together. */
function closeness(a: Element, b: Element): number {
  let depth = 0;
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) {
    if (node.contains(b)) {
      for (let up = node.parentElement; up; up = up.parentElement) depth++;
      return depth;
    }
  }
  return 0;
}

const CONTACT_TYPE_LABEL = /contact\s*(type|method)|type\s*of\s*contact/i;

/** The element `score` rates highest; one it rates null or below zero never counts. */
function best<T extends { el: Element }>(items: T[], score: (item: T) => number | null): Element | null {
  let top: { el: Element; score: number } | null = null;
  for (const item of items) {
    const s = score(item);
    if (s !== null && s > 0 && (!top || s > top.score)) top = { el: item.el, score: s };
  }
  return top?.el ?? null;
}

/** The smallest element holding all of `els`. */
function around(els: Element[]): Element | null {
  let up = els[0]?.parentElement ?? null;
  while (up && !els.every((el) => up?.contains(el))) up = up.parentElement;
  return up;
}

/**
 * Radio button groups, each as its container (a fieldset or radiogroup when it holds the whole
 * group) with the words of its choices: contact types are sometimes radio buttons, not a drop-down.
 */
function radioGroups(root: ParentNode): { el: Element; choices: string[]; label: string }[] {
  const byName = new Map<string, Element[]>();
  for (const radio of all(root, 'input[type=radio]').filter(usable)) {
    const name = radio.getAttribute('name') ?? '';
    byName.set(name, [...(byName.get(name) ?? []), radio]);
  }
  return [...byName.values()].flatMap((radios) => {
    const box = radios[0]?.closest('fieldset,[role=radiogroup]');
    const el = box && radios.every((r) => box.contains(r)) ? box : around(radios);
    if (radios.length < 2 || !el) return [];
    return [{ el, choices: radios.map((r) => text((r as HTMLInputElement).labels?.[0])), label: `${text(el.querySelector('legend'))} ${words(el)}` }];
  });
}

export function findContactType(note: Element, root: ParentNode): Element | null {
  // Filter and search drop-downs list contact types too, but are not the note's field.
  const fields = [
    // A widget (Kendo, Chosen) may hide the select it keeps the choice in and draw a listbox in its place.
    ...all(root, 'select')
      .filter((el) => !isDisabled(el) && usable((el.parentElement?.matches('[role=listbox]') && el.parentElement) || el) && !isSearchOrScratch(el))
      .map((el) => ({ el, choices: all(el, 'option').map(text), label: words(el) })),
    ...radioGroups(root),
    // A text box with a datalist: its options are the choices, typed or picked.
    ...all(root, 'input[list]').map((el) => ({ el, choices: all((el as HTMLInputElement).list ?? el, 'option').map((o) => (o as HTMLOptionElement).value), label: words(el) })),
    // An ARIA combobox (Salesforce Lightning, Angular Material, React-Select): a button or box whose listbox holds the
    // options, which React-Select and Angular Material put in the page only while the menu is open.
    ...all(root, '[role=combobox]').filter((el) => !isSearchOrScratch(el)).map((el) => ({
      el,
      choices: all(el.ownerDocument.getElementById(el.getAttribute('aria-controls') ?? '') ?? el, '[role=option]').map(text),
      label: words(el),
    })),
  ];
  return best(fields, ({ el, choices, label }) => {
    const kinds = new Set(choices.map(contactTypeOrNull).filter((k) => k !== null)).size;
    const labelled = CONTACT_TYPE_LABEL.test(label);
    // Labelled a contact type, one kind of contact among its choices or none yet shown (a menu not open) will do.
    return kinds >= 2 || (labelled && (kinds || !choices.length)) ? kinds * 2 + (labelled ? 3 : 0) + closeness(el, note) / 10 : null;
  });
}

/** One of the boxes of a date typed in parts (month / day / year): no date on its own. */
const datePart = (el: Element) =>
  (numberAttr(el, 'maxlength') ?? numberAttr(el, 'size') ?? 10) <= 4 || /(month|day|year|mm|dd|yy)$/i.test(el.getAttribute('name') ?? el.getAttribute('id') ?? '');

export function findDate(note: Element, root: ParentNode): Element | null {
  const inputs = all(root, 'input').filter((el) => {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return ['text', 'date', ''].includes(type) && usable(el) && !el.hasAttribute('readonly') && !datePart(el);
  });
  // A date in three parts: the smallest element holding a month, a day and a year, named by its label or legend.
  const split = all(root, 'input, select').flatMap((el) => {
    const box = datePart(el) || tag(el) === 'select' ? el.parentElement?.closest('fieldset, [role=group], span, div, td') : null;
    const parts = box && dateParts(box);
    return parts && parts[0] === el && parts.every(usable) ? [box] : [];
  });
  return best([...inputs, ...split].map((el) => ({ el, said: `${text(el.querySelector('legend'))} ${words(el)}` })), ({ el, said }) =>
    /date|\bdt\b/i.test(said) || el.getAttribute('type') === 'date'
      ? 1 + closeness(el, note) / 10 + (GOOD_DATE.test(said) ? 5 : 0) - (OTHER_DATE.test(said) ? 3 : 0)
      : null,
  );
}

function controlText(el: Element): string {
  return `${el.getAttribute('value') ?? ''} ${text(el)} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

export function findSubmit(note: Element, root: ParentNode): Element | null {
  // A Save the page disables until the form is filled in is still the note's Save.
  const controls = all(root, 'button,input[type=submit],input[type=button],input[type=image],a[href^="javascript:__doPostBack"]')
    .filter((el) => !isHidden(el) && !NOT_SAVE.test(controlText(el)));
  // A button that submits (its type submit, or none said), a submit or image input.
  const isSubmit = (el: Element) => /^(button(submit)?|input(submit|image))$/.test(tag(el) + (el.getAttribute('type') ?? '').toLowerCase());
  return best(controls.map((el) => ({ el })), ({ el }) => {
    const score = (SAVE.test(controlText(el)) ? 4 : 0) + (isSubmit(el) ? 2 : 0);
    // A plain "Save" before "Save & New"; the nearest of equals.
    return score && score + (/^\W*(save|submit)\W*$/i.test(text(el) || (el.getAttribute('value') ?? '')) ? 1 : 0) + closeness(el, note) / 100;
  });
}
