// @vitest-environment node
/**
 * A known system's page on which its reader found no note form goes to the generic reader, but a box for
 * comments or notes on a known system's caseload or participant page is not a case note form. The page stays what its
 * own reader read (its caseload rows, its participant), gets no coach, and nobody is taken for a participant from the
 * caseload's column headers ("STATE ID" over "NAME").
 */
import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, readPage } from '../../lib/systems';
import { loadFixture, type FixtureSystem } from './fixtures';

const BOXES = {
  comments: '<form method="post"><label for="cm">Comments</label><textarea id="cm" name="comments" rows="6" cols="60"></textarea><button type="submit">Save</button></form>',
  notes: '<form method="post"><label for="qn">Notes</label><textarea id="qn" name="notes" rows="6" cols="60"></textarea><button type="submit">Save</button></form>',
};

function readWithBox(system: FixtureSystem, file: string, box: keyof typeof BOXES) {
  const { doc, url } = loadFixture(system, file);
  const plain = readPage(doc, url, { sites: DEMO_MATCHES });
  doc.body.insertAdjacentHTML('beforeend', BOXES[box]);
  return { plain, withBox: readPage(doc, url, { sites: DEMO_MATCHES }) };
}

describe("a comments or notes box on a known system's page that is not its note form", () => {
  it.each([
    ['toolbox', 'caseload.html', 'comments'],
    ['toolbox', 'caseload.html', 'notes'],
    ['toolbox', 'participant.html', 'comments'],
    ['toolbox', 'participant.html', 'notes'],
    ['workforce-one', 'caseload.html', 'comments'],
    ['workforce-one', 'summary.html', 'notes'],
    ['vos', 'summary.html', 'comments'],
  ] as const)('%s %s with a %s box is read as before, with no coach', (system, file, box) => {
    const { plain, withBox } = readWithBox(system, file, box);
    expect(withBox.page).toBe(plain.page);
    expect(withBox.editor).toBeNull();
    expect(withBox.participant?.id ?? null).toBe(plain.participant?.id ?? null);
    expect(withBox.caseload.length).toBe(plain.caseload.length);
  });
});

/**
 * A known system's page whose own reader finds no individual (a state's skin draws its header another way): whom the page
 * names plainly is read as on a system we have never seen, never guessed; the note form keeps its participant.
 */
describe("a known system's note form whose reader finds nobody", () => {
  const HEAD_ROW = '<table id="who"><tr><th>Individual Name</th><th>State ID</th><th>Office</th></tr><tr><td>Pruitt, Darnell</td><td>2207713</td><td>Eastside</td></tr></table>';

  function readWithout(system: FixtureSystem, file: string, header: string, replacement: string) {
    const { doc, url } = loadFixture(system, file);
    const head = doc.querySelector(header);
    head?.insertAdjacentHTML('afterend', replacement);
    head?.remove();
    // (An address naming nobody: the page alone says whom it is about.)
    return readPage(doc, url.replace(/[?&]p?id=[\w-]+/, '').replace(/\/jobseekers\/\d+/, '/jobseekers'), { sites: DEMO_MATCHES });
  }

  it('takes the individual a header-row table names on a Virtual OneStop note form, never the next header ("Office")', () => {
    const read = readWithout('vos', 'add-case-note.html', '[id$="_pnlIndividual"]', HEAD_ROW);
    expect(read.system).toBe('vos');
    expect(read.participant).toMatchObject({ id: '2207713', name: 'Pruitt, Darnell' });
    expect(read.editor).not.toBeNull();
    // Found after all: the case manager is not told the individual's ID is missing.
    expect(read.problems.filter((p) => / ID /.test(p))).toEqual([]);
  });

  it("takes the job seeker an America's JobLink note form names in a header line", () => {
    const read = readWithout('ajl', 'add-notes.html', '#job_seeker_context', '<p>Job Seeker: Quintero, Marisol · Job Seeker ID 880412</p>');
    expect(read.system).toBe('ajl');
    expect(read.participant).toMatchObject({ id: '880412' });
    expect(read.editor).not.toBeNull();
    expect(read.problems.filter((p) => / ID /.test(p))).toEqual([]);
  });

  it('takes the participant a Workforce One progress-notes form labels in its own words, and does not say the ID is missing', () => {
    const read = readWithout('workforce-one', 'progress-notes-entry.html', '[id$="_lblParticipantID"]', '<span>Participant ID</span><span>MN-448120</span>');
    expect(read.system).toBe('workforce-one');
    expect(read.participant).toMatchObject({ id: 'MN-448120' });
    expect(read.problems.filter((p) => / ID /.test(p))).toEqual([]);
  });

  it('still names nobody where the page names nobody plainly', () => {
    const read = readWithout('vos', 'add-case-note.html', '[id$="_pnlIndividual"]', '<table><tr><th>Name</th><th>Office</th></tr><tr><td>Pruitt, Darnell</td><td>Eastside</td></tr></table>');
    expect(read.editor).not.toBeNull();
    expect(read.participant).toBeNull();
    // Nobody found: the reader still says so.
    expect(read.problems).toContain("Couldn't find the individual's ID on this page.");
  });
});
