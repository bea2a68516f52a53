/**
 * Missouri Toolbox: a frameset (banner / nav / main) whose main frame shows
 * the caseload, a customer's detail page with activities, planned gaps and
 * 600 Case Management Contact notes, or the Add Case Note form.
 */
import { columnProblems, editorFromSelectors, missingId, planTypeFrom, readActivities, readContacts, readGaps } from '../../adapters/common';
import { absoluteUrl, one, text } from '../../adapters/dom';
import { readGrid } from '../../adapters/grid';
import { readUsDate } from '../../dates';
import { toolboxSelectors as S } from './selectors';
import type { CaseloadEntry, EditorRead, PageRead, ParticipantRead } from '../../adapters/types';
import { finishRead, startRead } from '../../adapters/types';

/** Content markers, so Toolbox is recognised whatever host an agency serves it from. */
export function looksLikeToolbox(doc: Document, url: string): boolean {
  if (/(^|\.)toolbox\.mo\.gov$/i.test(hostOf(url))) return true;
  // Not the note form's name alone: other systems' Struts forms are named caseNoteForm too (Wisconsin ASSET); Toolbox's has service code 600.
  const markers = [S.noteTable, S.caseloadTable, S.customerInfo, S.serviceCode600, S.navMenu];
  if (markers.some((m) => one(doc, m))) return true;
  if (one(doc, S.mainFrame) && /toolbox/i.test(doc.title)) return true;
  // The banner frame: a bold "TOOLBOX" beside the division's name.
  const body = text(doc.body).slice(0, 300);
  return /\bTOOLBOX\b/.test(body) && /Division of Workforce Development/i.test(body);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function readCaseload(table: Element, url: string, problems: string[]): CaseloadEntry[] {
  const grid = readGrid(table, { id: /STATE ID/i, name: /NAME/i, activity: /ACTIVITY/i, last: /LAST|600|CMC/i });
  columnProblems(grid, 'caseload', { id: 'state ID', name: 'name', last: 'last contact date' }, problems);
  if (grid.missing.includes('id')) return [];
  const entries: CaseloadEntry[] = [];
  for (const { index, cell } of grid.rows) {
    const id = text(cell.id);
    if (!id) {
      problems.push(`Caseload row ${index} has no state ID, so it is skipped.`);
      continue;
    }
    const lastText = text(cell.last);
    const last = lastText ? readUsDate(lastText) : null;
    if (lastText && !last) problems.push(`Couldn't read the last contact date "${lastText}" for ${id}.`);
    entries.push({
      id,
      name: text(cell.name),
      lastContactDate: last,
      activity: text(cell.activity) || null,
      url: absoluteUrl(cell.id?.querySelector('a')?.getAttribute('href') ?? null, url),
    });
  }
  return entries;
}

function readParticipant(doc: Document, url: string, problems: string[]): ParticipantRead | null {
  const id = text(one(doc, S.participantId));
  if (!id) {
    problems.push(missingId("customer's state"));
    return null;
  }
  const activityTable = one(doc, S.activityTable);
  const gapTable = one(doc, S.gapTable);
  if (!activityTable) problems.push("Couldn't find the enrolled activities table on this page.");
  if (!gapTable) problems.push("Couldn't find the planned gaps table on this page.");
  const activities = activityTable
    ? readActivities(
        readGrid(activityTable, { code: /CODE/i, name: /^ACTIVITY/i, start: /START/i, end: /END/i }),
        problems,
      )
    : [];
  const plannedGaps = gapTable
    ? readGaps(readGrid(gapTable, { start: /START/i, end: /END/i, reason: /REASON/i }), problems)
    : [];
  return {
    id,
    name: text(one(doc, S.participantName)),
    planType: planTypeFrom(text(one(doc, S.planType))),
    activities,
    plannedGaps,
    activitiesShown: activityTable !== null,
    url,
  };
}

/**
 * The note form shows who it is for only in its title bar ("ADD CASE NOTE -
 * Whitfield, Dana (100234)"); that is enough for templates and drafts.
 */
function readEditorParticipant(doc: Document, url: string, id: string | undefined): ParticipantRead | null {
  const m = /ADD CASE NOTE\s*-\s*(.+?)\s*\(([^()]+)\)\s*$/i.exec(text(one(doc, S.pageHeading)));
  const titleId = m?.[2]?.trim();
  const pid = id ?? titleId;
  if (!pid) return null;
  // A title bar naming someone else than the form's hidden id is not trusted for the name.
  const name = m?.[1] && titleId === pid ? m[1].trim() : '';
  return { id: pid, name, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url };
}

function readEditor(doc: Document): EditorRead | null {
  return editorFromSelectors(doc, S, one(doc, S.customerIdField)?.getAttribute('value') ?? undefined);
}

export function readToolbox(doc: Document, url: string): PageRead {
  const raw = startRead('toolbox');
  const problems = raw.problems;
  // The top page is only frames; each frame is read on its own.
  if (one(doc, S.frameset)) return finishRead(raw);

  const editor = readEditor(doc);
  if (editor) {
    raw.page = 'note-editor';
    raw.editor = editor;
    raw.participant = readEditorParticipant(doc, url, editor.participantId);
    if (!editor.dateField) problems.push("Couldn't find the contact date field on this note form.");
    if (!editor.contactTypeField) problems.push("Couldn't find the contact type list on this note form.");
    return finishRead(raw);
  }

  const caseloadTable = one(doc, S.caseloadTable);
  if (caseloadTable) {
    raw.page = 'caseload';
    raw.caseload = readCaseload(caseloadTable, url, problems);
    if (raw.caseload.length === 0 && problems.length === 0) problems.push('This caseload lists no customers.');
    return finishRead(raw);
  }

  if (one(doc, S.customerInfo)) {
    raw.page = 'participant';
    raw.participant = readParticipant(doc, url, problems);
    const noteTable = one(doc, S.noteTable);
    if (noteTable) {
      raw.historyShown = true;
      raw.contacts = readContacts(
        readGrid(noteTable, {
          date: /^DATE/i,
          service: /SERVICE/i,
          type: /CONTACT TYPE/i,
          author: /STAFF/i,
          text: /CASE NOTE|NOTE/i,
          subject: /SUBJECT/i,
        }),
        problems,
      );
    } else {
      problems.push("Couldn't find the case notes table on this page, so past contacts are not counted.");
    }
    return finishRead(raw);
  }

  // Banner, menu, pages we have no reader for: index.ts still looks for a note box on them.
  return finishRead(raw);
}
