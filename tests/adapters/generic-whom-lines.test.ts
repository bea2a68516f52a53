// @vitest-environment node
/**
 * Whom a note page of an unknown system is about, in the header shapes real systems' public guides show and the
 * first readers missed (lib/adapters/generic-whom-lines.ts): a labelled ID inside a line of header text ("Participant:
 * Booker, Lashonda · Client ID 50041877"), a "State ID" beside words naming the individual (Virtual OneStop's header
 * and its "You are assisting:" banner), a context bar ("Job Seeker | name | ID: 1209934"), a header field whose label
 * comes after its value (Dynamics 365) or sits in a paragraph (Salesforce). Anyone else in such a line (a household
 * member, a staff member, an employer's contact, a recently viewed customer) names nobody: missing is better than wrong.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

const NOTE = '<form method="post"><label for="n">Case note</label><textarea id="n" rows="8"></textarea><button type="submit">Save</button></form>';
function participant(header: string, url = 'https://cases.example.gov/notes/new') {
  const doc = new JSDOM(`<!doctype html><body>${header}${NOTE}</body>`, { url }).window.document;
  const p = readPage(doc, url).participant;
  return p ? { id: p.id, name: p.name } : null;
}

describe('a participant named in a header line or field', () => {
  it.each([
    ['a line of labelled parts', '<div class="ch">Participant: Booker, Lashonda &nbsp;·&nbsp; Client ID 50041877 &nbsp;·&nbsp; SNAP Case 400219837</div>', '50041877', 'Booker, Lashonda'],
    ['an assisting banner with a state ID', '<div class="assist">You are assisting: <b>Roberto Sanchez</b> &nbsp; User Name: rsanchez81 &nbsp; State ID: 7721066 <a href="/stop">Stop Assisting</a></div>', '7721066', 'Roberto Sanchez'],
    ['a state ID in a row that names the individual', '<table><tr><td>Individual:</td><td>Martinez, Rosa</td><td>User Name:</td><td>rmartinez82</td><td>State ID:</td><td>0418826</td></tr></table>', '0418826', 'Martinez, Rosa'],
    ['a context bar of separate pieces', '<div class="ctx"><span>Job Seeker</span> <a href="/js/1209934">Beaumont, Yvette</a> <span>ID: 1209934</span> <span>WIOA Adult</span></div>', '1209934', 'Beaumont, Yvette'],
    ['a header field whose label follows its value', '<h1>Andre Coleman</h1><div class="hf"><div>88120433</div><div>Participant ID</div></div><div class="hf"><div>Kelsey Ward</div><div>Owner</div></div>', '88120433', ''],
    ['a field label in a paragraph', '<h1>Keisha Monroe</h1><ul><li><p>Client Number</p><p>CL-0081234</p></li><li><p>Contact Owner</p><p>Omar Haddad</p></li></ul>', 'CL-0081234', ''],
  ])('%s', (_what, header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });

  it.each([
    ['a household member’s line', '<div>Household member: Booker, Terrence · Client ID 50041879</div>'],
    ['a relative with a client ID', '<div>Son: Booker, Terrence · Client ID 50041879</div>'],
    ['a staff member’s line', '<div>Case manager: Julia Ruiz · Client ID 2231</div>'],
    ['an employer contact’s line', '<div>Employer contact: Gary Lin · Customer ID 4410-22</div>'],
    ['a recently viewed customer', '<div class="recent">Recently viewed: Pham, Tuan · Customer ID 5519044</div>'],
    ['a state ID with nothing naming the individual', '<table><tr><td>Office:</td><td>Capital Region</td><td>State ID:</td><td>0418826</td></tr></table>'],
    ['a state ID column of a list of several people', '<table><tr><th>Name</th><th>User Name</th><th>State ID</th></tr><tr><td>Martinez, Rosa</td><td>rmartinez82</td><td>0418826</td></tr><tr><td>Okoro, Emeka</td><td>eokoro</td><td>0420133</td></tr></table>'],
    ['a context bar for an employer', '<div class="ctx"><span>Employer</span> <a href="/e/77">Hawthorne Foods</a> <span>ID: 77120</span></div>'],
    ['two people in header lines', '<div>Participant: Lee, Ann · Client ID 557210</div><div>Participant: Lee, Tom · Client ID 557299</div>'],
    ['an owner’s value before a participant label with no value', '<div class="hf"><div>Kelsey Ward</div><div>Participant ID</div></div>'],
  ])('names nobody from %s', (_what, header) => {
    expect(participant(header)).toBeNull();
  });
});
