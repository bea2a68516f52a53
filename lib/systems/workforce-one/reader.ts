/**
 * Minnesota Workforce One: ASP.NET WebForms. The caseload grid, a
 * participant summary (ISS activities, planned gaps), and the Progress Notes
 * page whose entry panel only appears after "Add Progress Note" posts back.
 */
import { columnProblems, editorFromSelectors, missingId, planTypeFrom, readActivities, readContacts, readGaps } from '../../adapters/common';
import { absoluteUrl, all, one, text } from '../../adapters/dom';
import { readUsDate } from '../../dates';
import { readGrid } from '../../adapters/grid';
import { wf1Selectors as S } from './selectors';
import type { CaseloadEntry, EditorRead, PageRead, ParticipantRead } from '../../adapters/types';
import { finishRead, startRead } from '../../adapters/types';

const WF1_IDS = [S.caseloadTable, S.noteTable, S.activityTable, S.participantId, S.entryPanel, S.addNoteLink];

/**
 * Any WebForms page has aspnetForm and __VIEWSTATE (Virtual OneStop does
 * too), so we also need Workforce One's own ids or its name on the page.
 */
export function looksLikeWorkforceOne(doc: Document, url: string): boolean {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // An unparseable URL just means "decide from the content".
  }
  if (/(^|\.)mnworkforceone\.com$/i.test(host)) return true;
  const webForms = one(doc, S.aspnetForm) && one(doc, S.viewState) && one(doc, S.contentIds);
  if (!webForms) return false;
  return WF1_IDS.some((s) => one(doc, s)) || /Workforce One/i.test(`${doc.title} ${text(one(doc, S.header))}`);
}

function participantHeader(doc: Document, url: string, problems: string[]): { id: string; name: string } | null {
  const id = text(one(doc, S.participantId)) || (safeParam(url, 'pid') ?? '');
  if (!id) {
    problems.push(missingId("participant's WF1"));
    return null;
  }
  return { id, name: text(one(doc, S.participantName)) };
}

function safeParam(url: string, key: string): string | null {
  try {
    return new URL(url).searchParams.get(key);
  } catch {
    return null;
  }
}

function readCaseload(table: Element, url: string, problems: string[]): CaseloadEntry[] {
  const grid = readGrid(table, { name: /PARTICIPANT|NAME/i, id: /\bID\b/i, last: /LAST|PROGRESS NOTE/i });
  columnProblems(grid, 'caseload', { id: 'WF1 ID', name: 'participant', last: 'last progress note' }, problems);
  if (grid.missing.includes('id')) return [];
  const entries: CaseloadEntry[] = [];
  for (const { index, cell } of grid.rows) {
    const id = text(cell.id);
    if (!id) {
      problems.push(`Caseload row ${index} has no WF1 ID, so it is skipped.`);
      continue;
    }
    const lastText = text(cell.last);
    const last = lastText ? readUsDate(lastText) : null;
    if (lastText && !last) problems.push(`Couldn't read the last progress note date "${lastText}" for ${id}.`);
    entries.push({
      id,
      name: text(cell.name),
      lastContactDate: last,
      // The WF1 caseload shows the program, not the current activity.
      activity: null,
      url: absoluteUrl(cell.name?.querySelector('a')?.getAttribute('href') ?? null, url),
    });
  }
  return entries;
}

function readSummary(doc: Document, url: string, problems: string[]): ParticipantRead | null {
  const header = participantHeader(doc, url, problems);
  if (!header) return null;
  const activityTable = one(doc, S.activityTable);
  const gapTable = one(doc, S.gapTable);
  if (!activityTable) problems.push("Couldn't find the activities table on this summary.");
  if (!gapTable) problems.push("Couldn't find the planned gaps table on this summary.");
  const heading = all(doc, S.planHeading).map((h) => text(h)).find((h) => /Activities|Service Strategy|Employment Plan/i.test(h)) ?? '';
  return {
    ...header,
    planType: planTypeFrom(heading),
    activities: activityTable
      ? readActivities(readGrid(activityTable, { code: /CODE/i, name: /^ACTIVITY/i, start: /START/i, end: /END/i }), problems)
      : [],
    plannedGaps: gapTable ? readGaps(readGrid(gapTable, { start: /START/i, end: /END/i, reason: /REASON/i }), problems) : [],
    activitiesShown: activityTable !== null,
    url,
  };
}

function readEditor(doc: Document, participantId: string | undefined): EditorRead | null {
  return editorFromSelectors(doc, S, participantId);
}

export function readWorkforceOne(doc: Document, url: string): PageRead {
  const raw = startRead('workforce-one');
  const problems = raw.problems;

  const caseloadTable = one(doc, S.caseloadTable);
  if (caseloadTable) {
    raw.page = 'caseload';
    raw.caseload = readCaseload(caseloadTable, url, problems);
    if (raw.caseload.length === 0 && problems.length === 0) problems.push('This caseload lists no participants.');
    return finishRead(raw);
  }

  if (one(doc, S.activityTable) || one(doc, S.gapTable)) {
    raw.page = 'participant';
    raw.participant = readSummary(doc, url, problems);
    return finishRead(raw);
  }

  const noteTable = one(doc, S.noteTable);
  const editorShown = one(doc, S.noteField) !== null;
  if (noteTable || editorShown || one(doc, S.addNoteLink)) {
    const header = participantHeader(doc, url, problems);
    raw.participant = header
      ? { ...header, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url }
      : null;
    raw.page = editorShown ? 'note-editor' : 'case-notes';
    raw.editor = readEditor(doc, header?.id);
    if (raw.editor && !raw.editor.dateField) problems.push("Couldn't find the contact date field on this note form.");
    if (noteTable) {
      raw.historyShown = true;
      raw.contacts = readContacts(
        readGrid(noteTable, {
          date: /DATE/i,
          type: /CONTACT TYPE|TYPE/i,
          subject: /SUBJECT/i,
          author: /STAFF|AUTHOR/i,
          text: /^NOTE/i,
          service: /SERVICE CODE/i,
        }),
        problems,
      );
    } else {
      problems.push("Couldn't find the progress notes table on this page, so past contacts are not counted.");
    }
    return finishRead(raw);
  }

  return finishRead(raw);
}
