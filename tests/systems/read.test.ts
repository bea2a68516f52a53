// @vitest-environment node
/**
 * Review of aa9d9b8 (a known system's page its reader found no note form on is handed to the generic reader): a box for
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
