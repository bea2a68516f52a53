// @vitest-environment node
/**
 * Whom a note page of an unknown system is about, in the looser shapes its header takes (lib/adapters/generic-whom.ts,
 * loaded with the past-notes reader): each still needs words saying whose ID it is, or a person's name right beside it,
 * and a name-like thing that is someone else's (the signed-in staff member, the assigned case manager, an employer's
 * contact person) names nobody. Missing is better than wrong.
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

describe('a participant header in a looser shape', () => {
  it.each([
    ['a heading with an ID chip', '<h1>Marcus Bell <span class="badge">ID 4471209</span></h1>', '4471209', 'Marcus Bell'],
    ['a heading with a number chip', '<h2>Okafor, Grace N. <small>#JS-0081734</small></h2>', 'JS-0081734', 'Okafor, Grace N.'],
    ['a labelled sentence in a panel heading', '<div class="panel-heading">Customer: HARGROVE, TINA (State ID 20931877)</div>', '20931877', 'HARGROVE, TINA'],
    ['a labelled sentence in a heading', '<h3>Participant: Lee, Ann (ID 557210)</h3>', '557210', 'Lee, Ann'],
    ['small print under a linked name', '<div><a href="/c/66120">Devon Whitaker</a><div>Client #66120 · Youth (Out-of-School)</div></div>', '66120', 'Devon Whitaker'],
    ['small print under a name over tabs', '<h2>Luis Ortega-Paz</h2><div>Participant ID 3008817 | Opened 09/02/2026</div><div role="tablist"><button role="tab">Notes</button></div>', '3008817', 'Luis Ortega-Paz'],
    ['a bare ID in a list of facts about a person', '<dl><dt>Name</dt><dd>Okafor, Grace N.</dd><dt>SSN (last 4)</dt><dd>XXX-XX-6612</dd><dt>ID</dt><dd>JS-0081734</dd></dl>', 'JS-0081734', 'Okafor, Grace N.'],
    ['a region named for the participant', '<section aria-label="Case notes for Elena Ramirez (ID 5520913)"><h1>Case notes</h1></section>', '5520913', 'Elena Ramirez'],
    ['a heading with a chip beside a side list of resources', '<h1>Marcus Bell <span class="badge">ID 4471209</span></h1><aside><h4>Resources</h4><a href="/r">Bus passes</a></aside>', '4471209', 'Marcus Bell'],
  ])('%s', (_what, header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });

  it.each([
    ['the signed-in staff member in the top bar', '<header class="topbar"><div class="user-box"><h2>Maria Chen (W-10442)</h2></div></header>'],
    ['the staff member in the site banner', '<div role="banner"><h3>Chen, Maria (W-10442)</h3></div>'],
    ['the assigned case manager in a panel heading', '<div class="card-header">Assigned to: J. Ruiz (Staff ID 2231)</div>'],
    ['the case manager as Name and ID in the case team card', '<div class="card"><div class="card-header">Assigned case manager</div><div><dl><dt>Name</dt><dd>Julia Ruiz</dd><dt>ID</dt><dd>ST-2231</dd></dl></div></div>'],
    ['an employer contact heading', '<h3>Employer contact: Dale Brooks (4471)</h3>'],
    ['a staff ID in parentheses after a name', '<div class="panel-heading">Client: Ann Lee (Staff ID 2231)</div>'],
    ['a note record chip', '<h1>Case Note <span class="badge">ID 88213</span></h1>'],
    ['a region named for something else', '<section aria-label="Notes for this record (ID 88213)"><h1>Notes</h1></section>'],
    ['the last four of an SSN beside a name', '<dl><dt>Name</dt><dd>Okafor, Grace N.</dd><dt>SSN</dt><dd>6612</dd></dl>'],
    ['small print with no label saying whose', '<div><a href="/c/66120">Devon Whitaker</a><div>#66120 · Youth</div></div>'],
    // Someone or something else in a heading with an ID chip.
    ['another person in a recently viewed list', '<aside><h4>Recently viewed</h4><h3>Marcus Bell <span class="badge">ID 4471209</span></h3></aside>'],
    ['a side list of other customers', '<div role="complementary"><h2>Other customers</h2><h3>Ann Lee <span class="badge">ID 5571209</span></h3></div>'],
    ['the site navigation', '<nav><h3>Marcus Bell <span class="badge">ID 4471209</span></h3></nav>'],
    ['a plain "Name (ID)" heading in a recently viewed list', '<aside><h4>Recently viewed</h4><h3>Bell, Marcus (4471209)</h3></aside>'],
    ['a plain "Name (ID)" heading in the navigation', '<nav><h3>Bell, Marcus (4471209)</h3></nav>'],
    ['an employer with an ID chip', '<h2>Acme Staffing LLC <span class="badge">ID 4471209</span></h2>'],
    ['a company with an ID chip', '<h2>Bright Path Logistics Inc. <span class="badge">#4471209</span></h2>'],
    ['a program with an ID chip', '<h2>WIOA Adult <span class="badge">ID 2026-0113</span></h2>'],
    ['a funding stream with an ID chip', '<h2>Dislocated Worker <span class="badge">ID 2026-0114</span></h2>'],
  ])('names nobody from %s', (_what, header) => {
    expect(participant(header)).toBeNull();
  });

  it.each([
    ['the staff member in the top bar', '<header class="topbar"><div class="user-box"><h2 class="user-name">Maria Chen (W-10442)</h2></div></header><table><tr><td>Client:</td><td>Brooks, Anita</td><td>Client ID:</td><td>C-220941</td></tr></table>', 'C-220941', 'Brooks, Anita'],
    ['an employer contact person', '<table><tr><th>Job Seeker Name</th><td>Tran, Kim Loan</td><th>Job Seeker ID</th><td>1048823</td></tr></table><h3>Employer contact: Dale Brooks (4471)</h3>', '1048823', 'Tran, Kim Loan'],
    ['the assigned case manager', '<h1>Delgado, Marco (P-77014)</h1><div class="card"><div class="card-header">Assigned to: J. Ruiz (Staff ID 2231)</div><div><dl><dt>Name</dt><dd>Julia Ruiz</dd><dt>ID</dt><dd>ST-2231</dd></dl></div></div>', 'P-77014', 'Delgado, Marco'],
  ])('names the participant, not %s beside them', (_what, header, id, name) => {
    expect(participant(header)).toEqual({ id, name });
  });
});
