/**
 * Scores the product's page reading against what a case manager expects on pages of systems it
 * has never seen (types.ts). Elements are compared, not selector strings: the element the
 * expected selector finds against the one the reader's selector finds; for a radio group, the
 * same radio buttons (a radio inside the expected container, or a container holding exactly them).
 */
import { JSDOM } from 'jsdom';
import { findNoteEditor } from '../../lib/adapters/index';
import { readPage } from '../../lib/systems';
import { attachDeclarativeShadowRoots, deepQuery } from './shadow';
import { queryDeep } from '../../lib/adapters/dom';
import type { UnseenPage } from './types';

export const FIELDS = ['noteField', 'contactTypeField', 'dateField', 'submitControl'] as const;
type Field = (typeof FIELDS)[number];

/** right: the expected element (or rightly none); missed: none found; wrong: another element; extra: one found where none is expected. */
export type FieldOutcome = 'right' | 'missed' | 'wrong' | 'extra';
export type ParticipantOutcome = 'right' | 'missing' | 'wrong' | 'unexpected';

export interface PageScore {
  id: string;
  system: string;
  attachExpected: boolean;
  attached: boolean;
  /** Attached where it must not, or to another box than the note's. */
  wrongAttach: boolean;
  fields: Record<Field, FieldOutcome>;
  participant: ParticipantOutcome;
  participantRead: string;
  contactsExpected: number;
  /** Expected contacts found with their date; and of those, with their contact type. */
  contactsFound: number;
  contactTypesRight: number;
  /** Contacts read that the page does not list (a table read as notes that is none). */
  contactsExtra: number;
  /** Expected selectors that match nothing on the page: the expectation, not the reader, is wrong. */
  badExpectations: string[];
}

function query(doc: Document, selector: string | null | undefined): Element | null {
  if (!selector) return null;
  try {
    return deepQuery(doc, selector);
  } catch {
    return null;
  }
}

const radios = (el: Element) => (el.matches('input[type="radio"]') ? [el] : Array.from(el.querySelectorAll('input[type="radio"]')));

function sameField(field: Field, expected: Element, got: Element): boolean {
  if (expected === got) return true;
  if (field !== 'contactTypeField') return false;
  const want = radios(expected);
  const have = radios(got);
  if (want.length === 0 || have.length === 0) return false;
  // A radio of the expected group, or a container holding exactly the expected group.
  return have.every((r) => want.includes(r)) && (have.length === 1 || have.length === want.length);
}

function fieldOutcome(field: Field, expected: Element | null, got: Element | null): FieldOutcome {
  if (!expected) return got ? 'extra' : 'right';
  if (!got) return 'missed';
  return sameField(field, expected, got) ? 'right' : 'wrong';
}

const norm = (name: string) => name.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

export function scorePage(page: UnseenPage): PageScore {
  const doc = new JSDOM(page.html, { url: page.url }).window.document;
  attachDeclarativeShadowRoots(doc);
  const read = readPage(doc, page.url);
  const found = findNoteEditor(doc, read);
  const attached = found !== null;
  const e = page.expect;
  const badExpectations = FIELDS.filter((f) => e[f] && !query(doc, e[f])).map((f) => `${f} ${e[f] ?? ''}`);
  const fields = Object.fromEntries(
    // What the reader names is found as the extension finds it (through open shadow roots: lib/adapters/dom.ts).
    FIELDS.map((f) => {
      const named = attached ? read.editor?.[f] : null;
      return [f, fieldOutcome(f, query(doc, e[f]), named ? queryDeep(doc, named) : null)];
    }),
  ) as Record<Field, FieldOutcome>;
  const wrongAttach = attached && (!e.attach || fields.noteField !== 'right');

  const p = read.participant;
  let participant: ParticipantOutcome;
  if (!e.participant) participant = p ? 'unexpected' : 'right';
  else if (!p) participant = 'missing';
  else if (e.participant.id !== null) participant = p.id === e.participant.id ? 'right' : 'wrong';
  else participant = e.participant.name && p.name && norm(p.name) === norm(e.participant.name) ? 'right' : 'wrong';

  // Each expected contact matched once, in page order, by date.
  const left = [...read.contacts];
  let contactsFound = 0;
  let contactTypesRight = 0;
  for (const want of e.contacts) {
    const i = left.findIndex((c) => c.date === want.date);
    if (i < 0) continue;
    contactsFound++;
    if (left[i]?.contactType === want.type) contactTypesRight++;
    left.splice(i, 1);
  }
  return {
    id: page.id,
    system: page.system,
    attachExpected: e.attach,
    attached,
    wrongAttach,
    fields,
    participant,
    participantRead: p ? `${p.id} ${p.name}`.trim() : '-',
    contactsExpected: e.contacts.length,
    contactsFound,
    contactTypesRight,
    contactsExtra: left.length,
    badExpectations,
  };
}

export interface Aggregate {
  pages: number;
  attachAccuracy: number;
  wrongAttach: number;
  /** Fields right on the pages where the coach should attach. */
  fieldAccuracy: number;
  byField: Record<Field, number>;
  participant: Record<ParticipantOutcome, number>;
  contacts: { expected: number; found: number; typeRight: number; extra: number };
}

export function aggregate(scores: PageScore[]): Aggregate {
  const attachPages = scores.filter((s) => s.attachExpected);
  const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : 1);
  const byField = Object.fromEntries(FIELDS.map((f) => [f, share(attachPages.filter((s) => s.fields[f] === 'right').length, attachPages.length)])) as Record<
    Field,
    number
  >;
  const fieldsRight = attachPages.reduce((n, s) => n + FIELDS.filter((f) => s.fields[f] === 'right').length, 0);
  const count = (o: ParticipantOutcome) => scores.filter((s) => s.participant === o).length;
  const sum = (k: 'contactsExpected' | 'contactsFound' | 'contactTypesRight' | 'contactsExtra') => scores.reduce((n, s) => n + s[k], 0);
  return {
    pages: scores.length,
    attachAccuracy: share(scores.filter((s) => s.attached === s.attachExpected).length, scores.length),
    wrongAttach: scores.filter((s) => s.wrongAttach).length,
    fieldAccuracy: share(fieldsRight, attachPages.length * FIELDS.length),
    byField,
    participant: { right: count('right'), missing: count('missing'), wrong: count('wrong'), unexpected: count('unexpected') },
    contacts: { expected: sum('contactsExpected'), found: sum('contactsFound'), typeRight: sum('contactTypesRight'), extra: sum('contactsExtra') },
  };
}

const SHORT: Record<FieldOutcome, string> = { right: 'ok', missed: 'MISSED', wrong: 'WRONG', extra: 'EXTRA' };

/** The aggregates alone, two lines that name no page: all that may be printed of the locked set. */
export function aggregateReport(title: string, agg: Aggregate): string {
  return [
    `${title}: ${agg.pages} pages`,
    `attach accuracy ${agg.attachAccuracy}; wrong attaches ${agg.wrongAttach}; field accuracy ${agg.fieldAccuracy} (note ${agg.byField.noteField}, type ${agg.byField.contactTypeField}, date ${agg.byField.dateField}, save ${agg.byField.submitControl})`,
    `participant right ${agg.participant.right}, missing ${agg.participant.missing}, wrong ${agg.participant.wrong}, unexpected ${agg.participant.unexpected}; contacts found ${agg.contacts.found}/${agg.contacts.expected} (type right ${agg.contacts.typeRight}, extra ${agg.contacts.extra})`,
  ].join('\n');
}

/** A per-page, per-field table and the aggregates, for the test's output (dev only: the locked set gets aggregateReport). */
export function report(title: string, scores: PageScore[], agg: Aggregate): string {
  const rows = scores.map((s) =>
    [
      s.id.padEnd(30),
      `${s.attachExpected ? 'yes' : 'no'}/${s.attached ? 'yes' : 'no'}${s.wrongAttach ? '!' : ''}`.padEnd(9),
      ...FIELDS.map((f) => SHORT[s.fields[f]].padEnd(7)),
      `${s.participant} (${s.participantRead})`.padEnd(34),
      `${s.contactsFound}/${s.contactsExpected} t${s.contactTypesRight}${s.contactsExtra ? ` +${s.contactsExtra}` : ''}`,
      s.badExpectations.length ? ` BAD EXPECTATION: ${s.badExpectations.join('; ')}` : '',
    ].join(' '),
  );
  const head = ['page'.padEnd(30), 'attach'.padEnd(9), 'note   ', 'type   ', 'date   ', 'save   ', 'participant'.padEnd(34), 'contacts'].join(' ');
  const [first, ...totals] = aggregateReport(title, agg).split('\n');
  return [first, head, ...rows, ...totals].join('\n');
}
