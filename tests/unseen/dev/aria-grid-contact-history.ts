import type { UnseenPage } from '../types';

/**
 * A state's newer React workforce case portal whose lists are drawn by a data-grid library (AG Grid's documented DOM:
 * div elements with role=grid, row, columnheader and gridcell, no table): a "Customer Information" panel laid out as a
 * table of header and data cells, a "Recently viewed" strip of other customers with their IDs, a Contact History grid
 * (Date, Method, Subject, Staff) and the form to add a contact note.
 */
export const PAGE: UnseenPage = {
  id: 'aria-grid-contact-history',
  system: 'A state workforce agency’s React case portal (AG Grid lists)',
  modelledOn:
    'AG Grid’s public documentation of its rendered DOM and accessibility roles (grid, row, columnheader, gridcell, aria-rowindex), the WAI-ARIA grid pattern, and “Customer Information” panels shown in state workforce staff guides; the agency, markup, ids and names are ours.',
  url: 'https://casework.example-state.gov/customers/C-5521907/contacts',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact History | CaseWork</title></head>
<body>
<div id="root">
  <header class="app-bar"><span class="brand">CaseWork</span><span class="user-menu">Priya Raman ▾</span></header>
  <div class="recent-strip">Recently viewed: <a href="/customers/C-5519044">Pham, Tuan (C-5519044)</a> · <a href="/customers/C-5502318">Ochoa, Lidia (C-5502318)</a></div>
  <section class="customer-info">
    <h2>Customer Information</h2>
    <table class="info-table"><tbody>
      <tr><th>Customer Name</th><td>Whitfield, Janelle</td><th>Customer ID</th><td>C-5521907</td></tr>
      <tr><th>Program</th><td>WIOA Youth (Out-of-School)</td><th>Career Advisor</th><td>Priya Raman</td></tr>
    </tbody></table>
  </section>
  <section class="contact-history">
    <h2>Contact History</h2>
    <div class="ag-root" role="grid" aria-rowcount="4" aria-colcount="4">
      <div class="ag-header" role="rowgroup"><div class="ag-header-row" role="row" aria-rowindex="1">
        <div class="ag-header-cell" role="columnheader" col-id="date"><span class="ag-header-cell-text">Date</span></div>
        <div class="ag-header-cell" role="columnheader" col-id="method"><span class="ag-header-cell-text">Method</span></div>
        <div class="ag-header-cell" role="columnheader" col-id="subject"><span class="ag-header-cell-text">Subject</span></div>
        <div class="ag-header-cell" role="columnheader" col-id="staff"><span class="ag-header-cell-text">Staff</span></div>
      </div></div>
      <div class="ag-body" role="rowgroup">
        <div class="ag-row" role="row" aria-rowindex="2"><div class="ag-cell" role="gridcell" col-id="date">11/25/2026</div><div class="ag-cell" role="gridcell" col-id="method">Text Message</div><div class="ag-cell" role="gridcell" col-id="subject">Bus pass pickup</div><div class="ag-cell" role="gridcell" col-id="staff">Priya Raman</div></div>
        <div class="ag-row" role="row" aria-rowindex="3"><div class="ag-cell" role="gridcell" col-id="date">11/13/2026</div><div class="ag-cell" role="gridcell" col-id="method">Office Visit</div><div class="ag-cell" role="gridcell" col-id="subject">Work experience placement</div><div class="ag-cell" role="gridcell" col-id="staff">Priya Raman</div></div>
        <div class="ag-row" role="row" aria-rowindex="4"><div class="ag-cell" role="gridcell" col-id="date">10/30/2026</div><div class="ag-cell" role="gridcell" col-id="method">Phone</div><div class="ag-cell" role="gridcell" col-id="subject">GED testing schedule</div><div class="ag-cell" role="gridcell" col-id="staff">Marcus Dill</div></div>
      </div>
    </div>
  </section>
  <form class="add-contact" aria-label="Add contact note">
    <label for="cn-date">Contact date</label><input id="cn-date" type="date" value="2026-12-02">
    <label for="cn-method">Method</label><select id="cn-method"><option value="">Choose…</option><option>Office Visit</option><option>Phone</option><option>Email</option><option>Text Message</option><option>Video</option></select>
    <label for="cn-subject">Subject</label><input id="cn-subject" type="text">
    <label for="cn-note">Note</label><textarea id="cn-note" rows="8"></textarea>
    <button type="submit" id="cn-save">Save contact</button>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#cn-note',
    contactTypeField: '#cn-method',
    dateField: '#cn-date',
    submitControl: '#cn-save',
    participant: { id: 'C-5521907', name: 'Whitfield, Janelle' },
    contacts: [
      { date: '2026-11-25', type: 'email' },
      { date: '2026-11-13', type: 'in-person' },
      { date: '2026-10-30', type: 'telephone' },
    ],
  },
};
