// @vitest-environment node
/**
 * Participant headers in the shapes of Apricot, Cúram, ETO and Focus Career pages (lib/adapters/generic-whom.ts), each
 * beside near-misses of the same shape that name a case, a household, an employer, a staff member, a relative or a year,
 * or sit where the page's own participant is not (a tab not open): missing is better than wrong.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
function participant(header: string) {
  const url = 'https://cases.example.gov/notes/new';
  const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
  const p = readPage(doc, url).participant;
  return p ? { id: p.id, name: p.name } : null;
}

describe('headers in the shapes of these systems name the participant', () => {
  it.each([
    ["Cúram's page heading 'Name - Reference'", '<h1>Thompson, Keira - 88120431</h1>', '88120431', 'Thompson, Keira'],
    ["Cúram's open person tab", '<div role="tablist"><span role="tab" aria-selected="true">Greene, Marcus - 23110457</span><span role="tab" aria-selected="false">Integrated Case - 4410227</span></div>', '23110457', 'Greene, Marcus'],
    ["Apricot's folder link", '<div class="crumbs"><a href="/f/10482">Participant Profile: Marisol Rivera (10482)</a> › New Case Note</div>', '10482', 'Marisol Rivera'],
    ["a client record link", '<p><a href="/r/7">Client Record: Okafor, Grace (ID 7720391)</a></p>', '7720391', 'Okafor, Grace'],
    ["ETO's context line", '<div>Site: WorkSource Spokane | Program: WIOA Adult | Participant: Okafor, Grace (Case #: 00019933)</div>', '00019933', 'Okafor, Grace'],
    ["Focus Career's Seeker ID", '<h1>Whitt, Danielle</h1><div><span>Seeker ID: 30178845</span> <span>Office: Hazard</span></div>', '30178845', ''],
  ])('%s', (_what, header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });
});

describe('the same shapes name nobody when they are about something or someone else', () => {
  it.each([
    ["a case's heading", '<h1>Integrated Case - 4410227</h1>'],
    ['a report heading with a year', '<h1>Progress Report - 2026</h1>'],
    ['a heading with a short number', '<h1>Thompson, Keira - 8812</h1>'],
    ['a labelled staff heading', '<h2>Caseworker: Gerald Pike - 44712</h2>'],
    ['an employer heading', '<h1>Acme Staffing LLC - 5512093</h1>'],
    ['a person tab that is not open', '<div role="tablist"><span role="tab" aria-selected="false">Greene, Marcus - 23110457</span></div>'],
    ['a plain span titled like a tab', '<span>Greene, Marcus - 23110457</span>'],
    ['a person heading in a side column', '<aside><h3>Greene, Marcus - 23110457</h3></aside>'],
    ["a household's folder", '<div><a href="/f/5512">Household Profile: Reyes Household (Record ID 5512)</a></div>'],
    ["an employer's profile", '<div><a href="/e/4471">Employer Profile: Acme Staffing (4471)</a></div>'],
    ["a client's staff member in a profile link", '<div><a href="/u/2231">Client Profile: Ann Lee (Staff ID 2231)</a></div>'],
    ['a context line naming only staff', '<div>Site: WorkSource Spokane | Program: WIOA Adult | Staff: Dana Ortiz (#44712)</div>'],
    ["a context line naming a household member", '<div>Site: WorkSource Spokane | Household member: Okafor, Ben (Case #: 00019934)</div>'],
    ['a seeker ID beside a different participant ID', '<div><span>Seeker ID: 30178845</span></div><div><span>Participant ID: 30178999</span></div>'],
  ])('%s', (_what, header) => {
    expect(participant(header)).toBeNull();
  });
});

describe("a reminder's date is not the contact's", () => {
  it('leaves a "Remind on" date out', () => {
    const url = 'https://cases.example.gov/notes/new';
    const form = '<form method="post"><label for="n">Note</label><textarea id="n" rows="6"></textarea><label for="r">Remind on</label><input id="r" type="date"><button type="submit">Add</button></form>';
    const doc = new JSDOM(`<!doctype html><body>${form}</body>`, { url }).window.document;
    const read = readPage(doc, url);
    expect(read.editor?.noteField).toBe('#n');
    expect(read.editor?.dateField).toBeNull();
  });
});
