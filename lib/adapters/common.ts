/** Reading steps the system adapters share: dated rows, activities, gaps. */
import type { Activity, IsoDate, PlannedGap } from '../model';
import { contactTypeOrNull } from '../text/contact-type';
import { readUsDate } from '../dates';
import { one, text } from './dom';
import type { Grid } from './grid';
import type { ContactRead, EditorRead } from './types';

/** Parses a date cell; an odd value becomes a problem naming where it was. */
function dateCell(cell: Element | null, what: string, problems: string[]): IsoDate | null {
  const value = text(cell);
  if (!value) return null;
  const date = readUsDate(value);
  if (!date) problems.push(`Couldn't read the ${what} "${value}" as a date (expected MM/DD/YYYY).`);
  return date;
}

/**
 * A system's reader found no ID for whom the page is about. One shape for every reader, so that when the generic reader
 * finds them after all (lib/systems/read.ts) the sentence is taken back rather than shown beside the participant found.
 */
export const missingId = (whose: string): string => `Couldn't find the ${whose} ID on this page.`;
export const isMissingId = (problem: string): boolean => /^Couldn't find the [\w' ]{1,40} ID on this page\.$/.test(problem);

export function columnProblems(grid: Grid<string>, table: string, labels: Record<string, string>, problems: string[]): void {
  for (const key of grid.missing) {
    const label = labels[key];
    if (label) problems.push(`Couldn't find the ${label} column in the ${table} on this page.`);
  }
}

export function readContacts(
  grid: Grid<'date' | 'type' | 'author' | 'text' | 'service' | 'subject'>,
  problems: string[],
): ContactRead[] {
  if (grid.missing.includes('date')) {
    problems.push("Couldn't read the contact date column on this page, so past contacts are not counted.");
    return [];
  }
  if (grid.missing.includes('text')) problems.push("Couldn't find the note text column on this page.");
  if (grid.missing.includes('type')) problems.push("Couldn't find the contact type column on this page.");
  const contacts: ContactRead[] = [];
  for (const { index, cell } of grid.rows) {
    const raw = text(cell.date);
    const date = raw ? readUsDate(raw) : null;
    if (!date) {
      problems.push(
        raw
          ? `Couldn't read the contact date "${raw}" on case note ${index}; that note is left out of the due dates.`
          : `Case note ${index} has no contact date; it is left out of the due dates.`,
      );
      continue;
    }
    const typeText = text(cell.type);
    const service = text(cell.service);
    contacts.push({
      date,
      contactTypeText: typeText,
      contactType: contactTypeOrNull(typeText),
      serviceCode: cell.service ? (/^\s*(\d{3})\b/.exec(service)?.[1] ?? (service || null)) : null,
      author: text(cell.author),
      subject: cell.subject ? text(cell.subject) : null,
      text: text(cell.text),
    });
  }
  return contacts;
}

export function readActivities(grid: Grid<'code' | 'name' | 'start' | 'end'>, problems: string[]): Activity[] {
  return grid.rows.map(({ cell }) => ({
    name: text(cell.name),
    code: text(cell.code) || null,
    startDate: dateCell(cell.start, 'activity start date', problems),
    endDate: dateCell(cell.end, 'activity end date', problems),
  }));
}

export function readGaps(grid: Grid<'start' | 'end' | 'reason'>, problems: string[]): PlannedGap[] {
  const gaps: PlannedGap[] = [];
  for (const { index, cell } of grid.rows) {
    const start = dateCell(cell.start, 'planned gap start date', problems);
    const end = dateCell(cell.end, 'planned gap end date', problems);
    if (!start || !end) {
      problems.push(`Planned gap ${index} is missing a readable start or end date, so it is not used.`);
      continue;
    }
    gaps.push({ start, end, reason: text(cell.reason) });
  }
  return gaps;
}

export function planTypeFrom(value: string): 'ISS' | 'IEP' | null {
  const m = /\b(ISS|IEP)\b/.exec(value.toUpperCase());
  return m?.[1] === 'ISS' || m?.[1] === 'IEP' ? m[1] : null;
}

/** The note form of a known system, from its selectors: each field is given only when it is on the page. */
export function editorFromSelectors(
  doc: Document,
  s: { noteField: string; contactTypeField: string; dateField: string; submitControl: string },
  participantId: string | undefined,
): EditorRead | null {
  if (!one(doc, s.noteField)) return null;
  const has = (selector: string) => (one(doc, selector) ? selector : null);
  return {
    found: true,
    noteField: s.noteField,
    contactTypeField: has(s.contactTypeField),
    dateField: has(s.dateField),
    submitControl: has(s.submitControl),
    ...(participantId ? { participantId } : {}),
  };
}
