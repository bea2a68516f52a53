/**
 * Systems we have never seen (Virtual OneStop, other states): find the case
 * note box the way a person would — by its label, name and size — and the
 * contact type, date and save controls beside it (generic-note.ts, generic-fields.ts),
 * whom the page is about (generic-participant.ts) and the notes it lists (generic-history.ts).
 * It would rather find nothing than attach to a search box or a login form.
 */
import type { CustomSite } from './custom-site';
import { selectorFor, tag } from './dom';
import { findContactType, findDate, findSubmit, nearest, type Finder } from './generic-fields';
import type { HistoryReader } from './generic-history';
import { findNoteField } from './generic-note';
import { readGenericParticipant, type WhomReader } from './generic-participant';
import { findRichEditor } from './rich-text';
import type { EditorRead, PageRead } from './types';
import { finishRead, startRead } from './types';

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

interface GenericOptions {
  customSite?: CustomSite;
  /**
   * What reads the notes the page lists (generic-history.ts): passed in, since the note frame loads it
   * only where a page of a system we have never seen names a participant (lib/frame/reader.ts).
   */
  history?: HistoryReader;
  /** Whom the page is about, in looser shapes (generic-whom.ts): passed in and loaded with `history`, for the same reason. */
  whom?: WhomReader;
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
  const history = options.history?.(doc, problems);
  if (history) {
    raw.page = 'case-notes';
    raw.contacts = history;
  }
  if (!note) return finishRead(raw);
  const noteEl = note;

  const pick = (selector: string | undefined, what: string, find: Finder) => {
    if (customElement(doc, selector, what, problems)) return selector;
    const el = nearest(noteEl, find);
    return el ? selectorFor(el) : null;
  };
  const contactType = pick(custom?.contactType, 'contact type', findContactType);
  const date = pick(custom?.date, 'date', findDate);
  const submit = pick(custom?.submit, 'save button', findSubmit);

  const editor: EditorRead = {
    found: true,
    noteField: noteFromCustom && custom?.note ? custom.note : selectorFor(noteEl),
    contactTypeField: contactType ?? null,
    dateField: date ?? null,
    submitControl: submit ?? null,
    ...(rich ? { kind: rich.kind } : {}),
  };
  raw.page = 'note-editor';
  raw.editor = editor;
  raw.participant = readGenericParticipant(doc, url, options.whom);
  if (raw.participant) editor.participantId = raw.participant.id;
  return finishRead(raw);
}
