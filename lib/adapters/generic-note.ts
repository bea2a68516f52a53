/**
 * The note box on a system we have never seen, found the way a person would: by its label, name
 * and size. It would rather find nothing than a search box, a scratch pad or a login form.
 */
import { all, isDisabled, isHidden, labelText, shadowRoots, tag, text } from './dom';
import { optedOut } from './rich-text';

/** A label that says case note, not just "notes": progress, service or contact notes, a narrative, a summary of the contact. */
const CASE_NOTE_LABEL = /(case|progress|service|contact)\s*notes?|narrative|(contact|touch\s*point)\s*summary|summary\s*of\s*(the\s*)?contact/i;
/** A label that may be a note box's: notes, comments, a journal entry (Utah UWORKS' case notes are its journal). */
const NOTE_LABEL = /\bnotes?\b|comments?|journal/i;
/**
 * A page about an employer, a job order or a message to send, a participant's plan (an ISS or IEP: its boxes are
 * goals and barriers), or signing in: its "notes" box is no case note.
 */
const NOT_CASE_PAGE = /job\s*orders?|employers?\b|job\s*posting|compose|work\s*search|service\s*strategy|employment\s*plan|\bI[SE][SP]\b|sign[\s-]*in|password|request\s*access/i;
const NOTE_NAME = /note|narrative|comment/i;
/** A search or filter, or what the page itself says is kept out of the case file (a sticky or private scratch note). */
const SEARCH_OR_SCRATCH = /search|query|\bfind\b|keyword|filter|stick|scratch|private\snote|not\s(saved|kept)/i;

export function numberAttr(el: Element, name: string): number | null {
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

export const words = (el: Element) => `${labelText(el)} ${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`;

export function isSearchOrScratch(el: Element): boolean {
  const form = el.closest('form');
  // A form sent by GET is a query: a note is never sent in an address.
  if (el.closest('[role=search]') || /^get$/i.test(form?.getAttribute('method') ?? '')) return true;
  if (form && all(form, 'input[type=search]').length > 0) return true;
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

/** Textareas that could be a note box: visible, editable, roomy, not a search; in the page or a web component's open shadow root. */
export const noteBoxes = (doc: Document) => [doc, ...shadowRoots(doc)].flatMap((root) => all(root, 'textarea')).filter(couldBeNote);

/** A page that names itself case notes ("Case Notes - Résumé Assistance"): a résumé there is what the note is about. */
const NOTES_PAGE = /\b(case|progress|service|contact|activity)\s*notes?\b/i;
/**
 * A résumé as a page's subject, in its title or a heading: its builder, wizard, editor or upload, "My Résumé", "Create a
 * Résumé", a heading that is only "Résumé(s)"; not a service about one ("Résumé assistance") nor the verb ("Resume services").
 */
const RESUME = /r[eé]sum[eé]s?\s*(builder|wizard|editor|writer|creator|preview|upload)|\b(my|your|create|edit|build|upload|view|new|update)\s+(an?\s+)?r[eé]sum[eé]|^\s*r[eé]sum[eé]s?\s*$/i;

/** A résumé builder's page (by its title, h1–h2, or a "resume(s)" step of its address), unless it names itself case notes. */
function resumePage(doc: Document): boolean {
  const heads = [doc.title, ...all(doc, 'h1, h2').map(text)];
  return !heads.some((h) => NOTES_PAGE.test(h)) && (/\/resumes?(\/|$)/i.test(new URL(doc.URL).pathname) || heads.some((h) => RESUME.test(h)));
}

/** A page about an employer, a job order, a résumé, a work search, a message to send, a plan or signing in, by its title, heading or address. */
export const notCasePage = (doc: Document) =>
  resumePage(doc) || NOT_CASE_PAGE.test(`${doc.title} ${all(doc, 'h1').map(text).join(' ')} ${new URL(doc.URL).pathname}`);

export function findNoteField(doc: Document): Element | null {
  // A password field means a login page: never offer to coach a sign-in form.
  if (all(doc, 'input[type=password]').some((p) => !isHidden(p))) return null;
  const candidates = noteBoxes(doc);
  const scored = candidates.map((el) => ({ el, score: noteScore(el) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  const label = labelText(best.el);
  // A box not labelled a case or progress note on a job order, an employer's, a résumé or a job seeker's work search page is
  // theirs, not a case note (an employer's "Contact notes" are the account representative's calls with the employer).
  // A résumé builder's boxes are the résumé's, whatever they are called.
  if (resumePage(doc) || (!/(case|progress)\s*notes?/i.test(label) && notCasePage(doc))) return null;
  if (best.score >= 10) return best.el;
  // Without a note-like label or name, only a lone roomy textarea with no label at all will do ("Message" is a message).
  const rows = numberAttr(best.el, 'rows') ?? styledRows(best.el) ?? 0;
  return candidates.length === 1 && rows >= 5 && !label ? best.el : null;
}
