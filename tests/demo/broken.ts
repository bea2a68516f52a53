/**
 * Deliberately malformed pages, served under /broken/ for the hostile-input
 * browser tests: unclosed and misnested tags, rows with too few cells,
 * impossible and odd dates, a duplicate note box. Real legacy pages look like
 * this on a bad day; the extension must stay quiet and never break the form.
 */
import { esc } from './html';

const HEAD = `<html><head><title>Customer Detail</title><style type="text/css">body{font-family:Arial;font-size:12px}</style>`;

/** A Toolbox participant page gone wrong: bad dates everywhere, a note grid with missing cells. */
export function participant(): string {
  return `${HEAD}<body>
<table width="100%" class="hdr"><tr><td>CUSTOMER DETAIL<td>
<table id="customerInfo" cellpadding="2">
<tr><td class="lbl">NAME:<td id="custName">Ngata, Rewi <b>&amp; <i>unclosed
<td class="lbl">STATE ID:</td><td id="stateId">  104400 </td>
<tr><td class="lbl">SERVICE PLAN:<td id="planType"></table>
<table id="activityGrid" class="grid">
<tr><th>CODE<th>ACTIVITY<th>PROVIDER<th>START DATE<th>PLANNED END
<tr><td>310<td>Welding<td><td>02/30/2026<td>TBD
<tr><td><td><td><td>13/45/2026<td>00/00/0000
<tr><td>999
</table>
<table id="gapGrid" class="grid"><tr><th>GAP START<th>GAP END<th>REASON
<tr><td>12/31/1899<td>01/01/1900<td>
<tr><td>9999-99-99<td>yesterday<td>??</table>
<table id="caseNoteGrid" class="grid">
<tr><th>DATE<th>SERVICE<th>CONTACT TYPE<th>STAFF<th>CASE NOTE
<tr valign="top"><td>2/31/26<td>600 - Case Management Contact<td>Telephone<td>J. Moreno<td class="notetext">TC with customer.
<tr><td>11/20/2026<td>600<td><td><td>
<tr><td>
<tr><td>1/1/1<td>600<td>Carrier pigeon<td>?<td class="notetext"><script>/* not run: text only */</script>OV &lt;b&gt;bold&lt;/b&gt;
<tr><td>not a date<td>600<td>In Person<td>K. Lutz<td class="notetext">${'Met with customer. '.repeat(40)}
</table>
</body></html>`;
}

/** A Toolbox note form with broken markup and odd dates already in the fields. */
export function noteForm(message = ''): string {
  return `${HEAD}<body>
<table width="100%" class="hdr"><tr><td>ADD CASE NOTE - Ngata, Rewi (104400)</table>
${message ? `<p class="msg"><b>${esc(message)}</b></p>` : ''}
<div><span><p>stray</div></span>
<form name="caseNoteForm" method="post" action="/broken/toolbox-note">
<input type="hidden" name="customerId" value="104400">
<table cellpadding="3">
<tr><td class="lbl">SERVICE CODE:<td><input type="text" name="serviceCode" value="600" size="4" readonly> Case Management Contact
<tr><td class="lbl">CONTACT TYPE:<td><select name="contactType" id="contactType"><option>In Person<option>Telephone<option value="">Carrier pigeon</select>
<tr><td class="lbl">CONTACT DATE:<td><input type="text" name="contactDate" id="contactDate" size="10" value="02/30/2026">
<tr><td class="lbl" valign="top">CASE NOTE:<td><textarea name="noteText" id="noteText" rows="12" cols="80"></textarea>
<tr><td><td><input type="submit" name="save" value="Save">
</table>
<textarea id="noteText" name="noteText2" style="display:none"></textarea>
</form></form></table></td>
</body></html>`;
}

/** What the broken form's host "saves": the text, exactly, so a test can compare. */
export function saved(text: string): string {
  return `${HEAD}<body><p id="saved">Broken form saved: ${text.length} characters.</p><pre id="savedText">${esc(text)}</pre></body></html>`;
}

const CASELOAD_HEAD = `<html><head><title>My Caseload</title><style type="text/css">body{font-family:Arial;font-size:12px}</style></head><body>
<table width="100%" class="hdr"><tr><td>MY CASELOAD - J. MORENO</td></tr></table>
<table id="caseloadGrid" class="grid" cellspacing="0" width="100%">
<tr><th>STATE ID</th><th>NAME</th><th>PROGRAM</th><th>ACTIVITY</th><th>LAST 600 CMC</th></tr>`;

function caseloadRow(id: string, href: string, name: string, lastContact: string): string {
  return `<tr><td><a href="${esc(href)}">${esc(id)}</a></td><td>${esc(name)}</td><td>WIA Adult</td><td>Job Search</td><td>${esc(lastContact)}</td></tr>`;
}

/**
 * A Toolbox caseload whose links go where no participant page is: scripts,
 * data, files, another origin, a look-alike host, credentials. One good row.
 * `origin` is the demo's own (http://127.0.0.1:port); `lastContact` MM/DD/YYYY.
 */
export const HOSTILE_LINKS: readonly { id: string; name: string; href: (origin: string) => string }[] = [
  { id: '990001', name: 'Link, Good', href: () => '/toolbox/participant?id=990001' },
  { id: '990002', name: 'Link, Script', href: () => 'javascript:alert(document.domain)' },
  { id: '990003', name: 'Link, Data', href: () => 'data:text/html,<script>alert(1)</script>' },
  { id: '990004', name: 'Link, Elsewhere', href: (origin) => origin.replace('127.0.0.1', 'localhost') + '/toolbox/participant?id=990004' },
  { id: '990005', name: 'Link, Lookalike', href: () => 'http://127.0.0.1.evil.example/toolbox/participant?id=990005' },
  { id: '990006', name: 'Link, Credentials', href: (origin) => origin.replace('://', '://cm:secret@') + '/toolbox/participant?id=990006' },
  { id: '990007', name: 'Link, File', href: () => 'file:///etc/passwd' },
];

export function caseloadWithHostileLinks(origin: string, lastContact: string): string {
  return `${CASELOAD_HEAD}
${HOSTILE_LINKS.map((p) => caseloadRow(p.id, p.href(origin), p.name, lastContact)).join('\n')}
</table></body></html>`;
}

/** A caseload too large to read whole: `rows` rows, ids 800000 up. */
export function hugeCaseload(rows: number, lastContact: string): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = String(800_000 + i);
    body.push(caseloadRow(id, `/toolbox/participant?id=${id}`, `Many, Person ${i}`, lastContact));
  }
  return `${CASELOAD_HEAD}\n${body.join('\n')}\n</table><p>${rows} customers listed.</p></body></html>`;
}
