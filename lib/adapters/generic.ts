/**
 * Systems we have never seen (Virtual OneStop, other states): find the case
 * note box the way a person would — by its label, name and size — and the
 * contact type, date and save controls beside it. It would rather find
 * nothing than attach to a search box or a login form.
 */
import type { CustomSite } from './custom-site';
import { readContacts } from './common';
import { contactTypeOrNull } from '../text/contact-type';
import { all, isDisabled, isHidden, labelText, selectorFor, tag, text } from './dom';
import { readGenericParticipant } from './generic-participant';
import { readGrid } from './grid';
import { findRichEditor, optedOut } from './rich-text';
import type { ContactRead, EditorRead, PageRead } from './types';
import { finishRead, startRead } from './types';

/** A label that says case note, not just "notes": progress, service or contact notes, a narrative, a summary of the contact. */
const CASE_NOTE_LABEL = /(case|progress|service|contact)\s*notes?|narrative|(contact|touch\s*point)\s*summary|summary\s*of\s*(the\s*)?contact/i;
const NOTE_LABEL = /\bnotes?\b|comments?/i;
/** A page about an employer, a job order, a résumé or a message to send: its "notes" box is no case note. */
const NOT_CASE_PAGE = /job\s*orders?|employers?\b|r[eé]sum[eé]|job\s*posting|compose|work\s*search/i;
const NOTE_NAME = /note|narrative|comment/i;
/** A search or filter, or what the page itself says is kept out of the case file (a sticky or private scratch note). */
const SEARCH_OR_SCRATCH = /search|query|\bfind\b|keyword|filter|stick|scratch|private\snote|not\s(saved|kept)/i;
const GOOD_DATE = /contact\s*date|reference\s*date|service\s*date|date\s*of\s*(contact|service)|note\s*date|activity\s*date/i;
const OTHER_DATE = /re-?contact|follow|next|due|birth|dob|end|exit/i;
const SAVE = /save|submit|add|post|create|enter|ok\b/i;
const NOT_SAVE = /cancel|search|delete|remove|clear|reset|back|close|find|draft/i;

function numberAttr(el: Element, name: string): number | null {
  const value = el.getAttribute(name);
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** Height in px or rows from an inline style, if the page set one. */
function styledRows(el: Element): number | null {
  const m = /height\s*:\s*(\d+(?:\.\d+)?)(px|em|rem)/i.exec(el.getAttribute('style') ?? '');
  if (!m) return null;
  const px = Number(m[1]) * (m[2] === 'px' ? 1 : 16);
  return Math.floor(px / 18);
}

const words = (el: Element) => `${labelText(el)} ${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`;

function isSearchOrScratch(el: Element): boolean {
  const form = el.closest('form');
  if (el.closest('[role="search"]')) return true;
  if (form && all(form, 'input[type="search"]').length > 0) return true;
  return SEARCH_OR_SCRATCH.test(words(el));
}

/** Whether a textarea could be a note box: visible, editable, not opted out, roomy, not a search. */
function couldBeNote(el: Element): boolean {
  const rows = numberAttr(el, 'rows') ?? styledRows(el);
  const cols = numberAttr(el, 'cols');
  // In a real browser the drawn size is the truth (CSS often overrides rows); jsdom draws nothing (0). A box
  // with no rows of its own is drawn two lines high (about 36 px): small, not a one-line field.
  const box = el.getBoundingClientRect();
  return !(
    tag(el) !== 'textarea' ||
    isHidden(el) ||
    el.hasAttribute('readonly') ||
    optedOut(el) ||
    isDisabled(el) ||
    (rows !== null && rows < 3) ||
    (cols !== null && cols < 20) ||
    (box.height > 0 && (box.height < 30 || box.width < 150)) ||
    isSearchOrScratch(el)
  );
}

function noteScore(el: Element): number {
  let score = 0;
  const label = labelText(el);
  if (CASE_NOTE_LABEL.test(label)) score += 15;
  else if (NOTE_LABEL.test(label)) score += 10;
  // Angular forms name a field in formcontrolname, not name.
  if (NOTE_NAME.test(['name', 'id', 'formcontrolname'].map((a) => el.getAttribute(a)).join(' '))) score += 6;
  const rows = numberAttr(el, 'rows') ?? styledRows(el) ?? 2;
  score += Math.min(rows, 12) / 2;
  return score;
}

/** Textareas that could be a note box: visible, editable, roomy, not a search. */
const noteBoxes = (doc: Document) => all(doc, 'textarea').filter(couldBeNote);

function findNoteField(doc: Document): Element | null {
  // A password field means a login page: never offer to coach a sign-in form.
  if (all(doc, 'input[type="password"]').some((p) => !isHidden(p))) return null;
  const candidates = noteBoxes(doc);
  const scored = candidates.map((el) => ({ el, score: noteScore(el) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  const label = labelText(best.el);
  if (!CASE_NOTE_LABEL.test(label)) {
    // A box labelled only "notes" on a job order, an employer's, a résumé or a job seeker's work search page is theirs, not a case note.
    const page = `${doc.title} ${all(doc, 'h1').map(text).join(' ')} ${new URL(doc.URL).pathname}`;
    if (NOT_CASE_PAGE.test(page)) return null;
  }
  if (best.score >= 10) return best.el;
  // Without a note-like label or name, only a lone roomy textarea with no label at all will do ("Message" is a message).
  const rows = numberAttr(best.el, 'rows') ?? styledRows(best.el) ?? 0;
  return candidates.length === 1 && rows >= 5 && !label ? best.el : null;
}

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
  return [near, form ?? note.ownerDocument, note.ownerDocument];
}

/** The first scope, nearest first, in which `find` finds something. */
function nearest(note: Element, find: (root: ParentNode) => Element | null): Element | null {
  for (const root of scopes(note)) {
    const found = find(root);
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
  for (const radio of all(root, 'input[type="radio"]').filter(usable)) {
    const name = radio.getAttribute('name') ?? '';
    byName.set(name, [...(byName.get(name) ?? []), radio]);
  }
  return [...byName.values()].flatMap((radios) => {
    const box = radios[0]?.closest('fieldset, [role="radiogroup"]');
    const el = box && radios.every((r) => box.contains(r)) ? box : around(radios);
    if (radios.length < 2 || !el) return [];
    return [{ el, choices: radios.map((r) => text((r as HTMLInputElement).labels?.[0])), label: `${text(el.querySelector('legend'))} ${words(el)}` }];
  });
}

function findContactType(note: Element, root: ParentNode): Element | null {
  // Filter and search drop-downs list contact types too, but are not the note's field.
  const fields = [
    ...all(root, 'select')
      .filter((el) => usable(el) && !isSearchOrScratch(el))
      .map((el) => ({ el, choices: all(el, 'option').map(text), label: words(el) })),
    ...radioGroups(root),
    // An ARIA combobox (Salesforce Lightning, Angular Material): a button whose listbox holds the options.
    ...all(root, '[role="combobox"]').map((el) => ({
      el,
      choices: all(el.ownerDocument.getElementById(el.getAttribute('aria-controls') ?? '') ?? el, '[role="option"]').map(text),
      label: words(el),
    })),
  ];
  let best: { el: Element; score: number } | null = null;
  for (const { el, choices, label } of fields) {
    const kinds = new Set(choices.map(contactTypeOrNull).filter((k) => k !== null));
    const labelled = CONTACT_TYPE_LABEL.test(label);
    const score = kinds.size * 2 + (labelled ? 3 : 0) + closeness(el, note) / 10;
    if ((kinds.size >= 2 || (labelled && kinds.size >= 1)) && (!best || score > best.score)) best = { el, score };
  }
  return best?.el ?? null;
}

/** One of the boxes of a date typed in parts (month / day / year): no date on its own. */
const datePart = (el: Element) =>
  (numberAttr(el, 'maxlength') ?? numberAttr(el, 'size') ?? 10) <= 4 || /(month|day|year|mm|dd|yy)$/i.test(el.getAttribute('name') ?? el.getAttribute('id') ?? '');

function findDate(note: Element, root: ParentNode): Element | null {
  const inputs = all(root, 'input').filter((el) => {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return ['text', 'date', ''].includes(type) && usable(el) && !el.hasAttribute('readonly') && !datePart(el);
  });
  let best: { el: Element; score: number } | null = null;
  for (const el of inputs) {
    const said = words(el);
    if (!/date|\bdt\b/i.test(said) && (el.getAttribute('type') ?? '') !== 'date') continue;
    let score = 1 + closeness(el, note) / 10;
    if (GOOD_DATE.test(said)) score += 5;
    if (OTHER_DATE.test(said)) score -= 3;
    if (!best || score > best.score) best = { el, score };
  }
  return best && best.score > 0 ? best.el : null;
}

function controlText(el: Element): string {
  return `${el.getAttribute('value') ?? ''} ${text(el)} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function findSubmit(note: Element, root: ParentNode): Element | null {
  // A Save the page disables until the form is filled in is still the note's Save.
  const controls = all(root, 'button, input[type="submit"], input[type="button"], input[type="image"], a[href^="javascript:__doPostBack"]')
    .filter((el) => !isHidden(el))
    .filter((el) => !NOT_SAVE.test(controlText(el)));
  const isSubmit = (el: Element) =>
    (tag(el) === 'button' && ['submit', ''].includes((el.getAttribute('type') ?? '').toLowerCase())) ||
    (tag(el) === 'input' && ['submit', 'image'].includes((el.getAttribute('type') ?? '').toLowerCase()));
  let best: { el: Element; score: number } | null = null;
  for (const el of controls) {
    const score = (SAVE.test(controlText(el)) ? 4 : 0) + (isSubmit(el) ? 2 : 0);
    // A plain "Save" before "Save & New"; the nearest of equals.
    const rank = score + (/^\W*(save|submit)\W*$/i.test(text(el) || (el.getAttribute('value') ?? '')) ? 1 : 0) + closeness(el, note) / 100;
    if (score > 0 && (!best || rank > best.score)) best = { el, score: rank };
  }
  return best?.el ?? null;
}

const HISTORY_COLUMNS = {
  date: /^(reference|contact|service|note|activity)?\s*date$/i,
  type: /contact\s*(type|method)|^(contact|method|type)$/i,
  subject: /subject/i,
  author: /staff|author|case\s*manager|entered\s*by|counselor/i,
  // The note's words, never its subject line alone: a history read from a page is the record from then on.
  text: /^(case\s*)?notes?$|narrative|comments?|summary/i,
  service: /service\s*code/i,
};

/**
 * A case history table (Virtual OneStop's Chronological Case History and
 * the like): only one whose headers name a date, a contact type and the note,
 * so an unrelated table with a date column is never read as contacts.
 */
function readHistory(doc: Document, problems: string[]): ContactRead[] | null {
  for (const table of all(doc, 'table')) {
    if (table.querySelector('table')) continue;
    const grid = readGrid(table, HISTORY_COLUMNS);
    if (grid.missing.some((k) => k === 'date' || k === 'type' || k === 'text')) continue;
    return readContacts(grid, problems);
  }
  return null;
}

/** A custom site's selector, checked: it must match something, or we say so. */
function customElement(doc: Document, selector: string | undefined, what: string, problems: string[]): Element | null | undefined {
  if (!selector) return undefined;
  let found: Element | null;
  try {
    found = doc.querySelector(selector);
  } catch {
    problems.push(`The ${what} selector "${selector}" set for this site is not valid CSS.`);
    return null;
  }
  if (!found) problems.push(`The ${what} selector "${selector}" set for this site matches nothing on this page.`);
  return found;
}

/** The note form on a page of a known system that its own reader does not cover. */
export function readGenericEditor(doc: Document): EditorRead | null {
  const read = readGeneric(doc, doc.URL);
  return read.editor;
}

interface GenericOptions {
  customSite?: CustomSite;
}

export function readGeneric(doc: Document, url: string, options: GenericOptions = {}): PageRead {
  const raw = startRead('generic');
  const problems = raw.problems;
  const custom = options.customSite?.selectors;

  // A site's own selectors win; when one misses, say so and fall back to guessing.
  let note = customElement(doc, custom?.note, 'note field', problems) ?? null;
  if (note && tag(note) !== 'textarea') {
    problems.push(`The note field selector "${custom?.note ?? ''}" set for this site points at a <${tag(note)}>, not a text box.`);
    note = null;
  }
  const noteFromCustom = note !== null;
  note ??= findNoteField(doc);
  // No plain note box: a rich-text editor (its own source textarea is hidden) may be the note.
  const rich = note ? null : findRichEditor(doc);
  note ??= rich?.anchor ?? null;
  const history = readHistory(doc, problems);
  if (history) {
    raw.page = 'case-notes';
    raw.contacts = history;
  }
  if (!note) return finishRead(raw);
  const noteEl = note;

  const pick = (selector: string | undefined, what: string, guess: () => Element | null) => {
    const found = customElement(doc, selector, what, problems);
    return found ? { el: found, selector: selector ?? '' } : guessed(guess());
  };
  const guessed = (el: Element | null) => (el ? { el, selector: selectorFor(el) } : null);
  const contactType = pick(custom?.contactType, 'contact type', () => nearest(noteEl, (root) => findContactType(noteEl, root)));
  const date = pick(custom?.date, 'date', () => nearest(noteEl, (root) => findDate(noteEl, root)));
  const submit = pick(custom?.submit, 'save button', () => nearest(noteEl, (root) => findSubmit(noteEl, root)));

  const editor: EditorRead = {
    found: true,
    noteField: noteFromCustom && custom?.note ? custom.note : selectorFor(noteEl),
    contactTypeField: contactType?.selector ?? null,
    dateField: date?.selector ?? null,
    submitControl: submit?.selector ?? null,
    ...(rich ? { kind: rich.kind } : {}),
  };
  raw.page = 'note-editor';
  raw.editor = editor;
  raw.participant = readGenericParticipant(doc, url);
  if (raw.participant) editor.participantId = raw.participant.id;
  return finishRead(raw);
}
