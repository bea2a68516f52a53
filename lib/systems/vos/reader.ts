/**
 * Virtual OneStop (Geographic Solutions), the platform behind MoJobs and many
 * other states' workforce systems: the individual's Summary tab, Case Notes
 * tab (list and "Adding a Case Note" form) and Activities tab. ASP.NET
 * WebForms: a tab change posts back and the page comes back with another
 * tab's content, so every read starts from what the page shows now.
 */
import { columnProblems, editorFromSelectors, missingId, readActivities, readContacts } from '../../adapters/common';
import { all, one, text } from '../../adapters/dom';
import { readGrid } from '../../adapters/grid';
import type { EditorRead, PageRead, ParticipantRead } from '../../adapters/types';
import { finishRead, startRead } from '../../adapters/types';
import { vosSelectors as S } from './selectors';

/** MoJobs' own host; any other state's VOS is recognised by its /vosnet/ pages. */
const MOJOBS_HOST = /^app-jobs\.mo\.gov$/i;

function urlParts(url: string): { host: string; path: string; params: URLSearchParams } {
  try {
    const u = new URL(url);
    return { host: u.hostname, path: u.pathname, params: u.searchParams };
  } catch {
    return { host: '', path: '', params: new URLSearchParams() };
  }
}

export function looksLikeVos(doc: Document, url: string): boolean {
  const { host, path } = urlParts(url);
  if (MOJOBS_HOST.test(host)) return true;
  if (!one(doc, S.viewState)) return false;
  if (/\/vosnet\//i.test(path)) return true;
  return [S.caseNotesTable, S.caseHistoryTable, S.addCaseNoteButton, S.noteField].some((s) => one(doc, s));
}

/** The value shown after a "State ID:"-style label, for pages whose ids differ from ours. */
function labelled(doc: Document, label: RegExp): string {
  for (const el of all(doc, 'span, td, th, label, dt, b, strong')) {
    if (!label.test(text(el))) continue;
    const next = el.nextElementSibling;
    // A header cell beside it is the next column's name ("State ID | Office" over a row), not its value.
    const value = next?.matches('th') ? '' : text(next);
    if (value) return value;
  }
  return '';
}

function header(doc: Document, url: string, problems: string[]): { id: string; name: string } | null {
  const id =
    text(one(doc, S.individualId)) ||
    labelled(doc, /^(State ID|Individual ID|User ID|Customer ID)\s*:?$/i) ||
    (urlParts(url).params.get('id') ?? '');
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,29}$/.test(id)) {
    problems.push(missingId("individual's"));
    return null;
  }
  return { id, name: text(one(doc, S.individualName)) || labelled(doc, /^(Individual|Name)\s*:?$/i) };
}

function participant(head: { id: string; name: string }, url: string, extra: Partial<ParticipantRead> = {}): ParticipantRead {
  return { ...head, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url, ...extra };
}

function readEditor(doc: Document, participantId: string | undefined): EditorRead | null {
  return editorFromSelectors(doc, S, participantId);
}

export function readVos(doc: Document, url: string): PageRead {
  const raw = startRead('vos');
  const problems = raw.problems;
  const noteTable = one(doc, S.caseNotesTable);
  const editorShown = one(doc, S.noteField) !== null;
  const activityTable = one(doc, S.activitiesTable);
  const historyTable = one(doc, S.caseHistoryTable);
  if (!noteTable && !editorShown && !activityTable && !historyTable) return finishRead(raw);

  const head = header(doc, url, problems);
  if (editorShown || noteTable) {
    raw.page = editorShown ? 'note-editor' : 'case-notes';
    raw.participant = head ? participant(head, url) : null;
    raw.editor = readEditor(doc, head?.id);
    if (raw.editor && !raw.editor.dateField) problems.push("Couldn't find the contact date field on this case note form.");
    if (raw.editor && !raw.editor.contactTypeField) problems.push("Couldn't find the contact method list on this case note form.");
    if (noteTable) {
      raw.historyShown = true;
      raw.contacts = readContacts(
        readGrid(noteTable, {
          date: /DATE/i,
          type: /CONTACT METHOD|CONTACT TYPE/i,
          subject: /SUBJECT/i,
          author: /STAFF|CREATED BY|AUTHOR/i,
          text: /^(CASE )?NOTES?$/i,
          service: /SERVICE CODE/i,
        }),
        problems,
      );
    }
    return finishRead(raw);
  }

  raw.page = 'participant';
  if (activityTable) {
    const grid = readGrid(activityTable, { code: /CODE/i, name: /^ACTIVITY$|ACTIVITY NAME|SERVICE/i, start: /BEGIN|START/i, end: /PROJECTED END/i });
    columnProblems(grid, 'activities', { name: 'activity', start: 'begin date' }, problems);
    raw.participant = head ? participant(head, url, { activities: readActivities(grid, problems), activitiesShown: true }) : null;
    return finishRead(raw);
  }
  // The Summary tab: the Chronological Case History lists case notes by date and subject only,
  // without the note or how the contact was made, so its rows never count as contacts here.
  raw.participant = head ? participant(head, url) : null;
  return finishRead(raw);
}
