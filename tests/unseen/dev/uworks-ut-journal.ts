import type { UnseenPage } from '../types';

/**
 * Utah UWORKS: a WIOA journal entry whose contact date is typed in three boxes (month, day, year),
 * a "Next Contact" date beside it that is not the contact's, and past journal entries drawn as
 * cards rather than a table.
 */
export const PAGE: UnseenPage = {
  id: 'uworks-ut-journal',
  system: 'UWORKS (Utah Department of Workforce Services)',
  modelledOn:
    "Utah DWS's public Infosource manuals (the Employment and Training / WIOA manual's introduction: a single-state area, employment centers by Economic Service Area, UWORKS and eREP as DWS systems, employment counselors journaling their contacts). The screen, the three-box date, ids and notes are ours.",
  url: 'https://uworks.dws.utah.gov/uworks/customer/journal/new?pid=8812044&program=WIOA-AD',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>UWORKS | Journal</title>
<link rel="stylesheet" href="/uworks/static/css/bootstrap-3.4.1.min.css">
<link rel="stylesheet" href="/uworks/static/css/uworks.css?v=26.11">
</head>
<body>
<nav class="navbar navbar-default navbar-static-top dws-nav">
  <div class="container-fluid">
    <a class="navbar-brand" href="/uworks/home"><img src="/uworks/static/img/dws-mark.svg" alt="DWS" height="24"> UWORKS</a>
    <ul class="nav navbar-nav">
      <li><a href="/uworks/customer/search">Customer Search</a></li>
      <li><a href="/uworks/workload">Workload</a></li>
      <li><a href="/uworks/reports">Reports</a></li>
    </ul>
    <p class="navbar-text navbar-right">Ogden EC &middot; Employment Counselor <b>mbeckstead</b> &middot; <a href="/uworks/logout">Log out</a></p>
  </div>
</nav>
<div class="container-fluid">
  <div class="customer-strip well well-sm">
    <span class="cs-name">Customer: <b>RASMUSSEN, TAYLOR J</b></span>
    <span class="cs-pid">PID 8812044</span>
    <span class="cs-prog">WIOA Adult &middot; Open 08/03/2026</span>
    <span class="cs-ec">Employment Counselor: Beckstead, Marcy</span>
  </div>
  <ul class="nav nav-tabs">
    <li><a href="/uworks/customer/summary?pid=8812044">Summary</a></li>
    <li><a href="/uworks/customer/plan?pid=8812044">Employment Plan</a></li>
    <li><a href="/uworks/customer/activities?pid=8812044">Activities</a></li>
    <li class="active"><a href="#">Journal</a></li>
    <li><a href="/uworks/customer/payments?pid=8812044">Supportive Payments</a></li>
  </ul>
  <div class="row tab-pane-body">
    <div class="col-md-7">
      <form id="journalForm" class="form-horizontal" method="post" action="/uworks/customer/journal/save">
        <input type="hidden" name="_csrf" value="a3f5c9e1-77b2-4d0e-9c4a-2b8e6f1d0c93">
        <input type="hidden" name="pid" value="8812044">
        <h4>New Journal Entry</h4>
        <div class="form-group">
          <label class="col-sm-3 control-label" id="lblJrnlDate">Contact Date</label>
          <div class="col-sm-9">
            <span id="jrnlDate" class="date-split" role="group" aria-labelledby="lblJrnlDate">
              <input type="text" class="form-control input-mm" name="jrnlDate.month" id="jrnlDateMM" size="2" maxlength="2" placeholder="MM" aria-label="Month" value="12"> /
              <input type="text" class="form-control input-dd" name="jrnlDate.day" id="jrnlDateDD" size="2" maxlength="2" placeholder="DD" aria-label="Day" value="02"> /
              <input type="text" class="form-control input-yyyy" name="jrnlDate.year" id="jrnlDateYYYY" size="4" maxlength="4" placeholder="YYYY" aria-label="Year" value="2026">
            </span>
          </div>
        </div>
        <div class="form-group">
          <label class="col-sm-3 control-label" for="contactType">Contact Type</label>
          <div class="col-sm-5">
            <select class="form-control" name="contactType" id="contactType">
              <option value="">Select&hellip;</option>
              <option value="F2F">Face to Face</option>
              <option value="PHN">Phone</option>
              <option value="EML">Email</option>
              <option value="MAIL">Mail</option>
              <option value="TXT">Text (2-way)</option>
              <option value="NONE">Journal only / no contact</option>
            </select>
          </div>
        </div>
        <div class="form-group">
          <label class="col-sm-3 control-label" for="jrnlTopic">Topic</label>
          <div class="col-sm-9">
            <select class="form-control" name="jrnlTopic" id="jrnlTopic">
              <option>Employment Plan review</option>
              <option>Training</option>
              <option>Job search</option>
              <option>Supportive payment</option>
              <option>Barrier</option>
              <option>Closure</option>
            </select>
          </div>
        </div>
        <div class="form-group">
          <label class="col-sm-3 control-label" for="jrnlText">Journal</label>
          <div class="col-sm-9"><textarea class="form-control" name="jrnlText" id="jrnlText" rows="9"></textarea></div>
        </div>
        <div class="form-group">
          <label class="col-sm-3 control-label" id="lblNextDate">Next Contact</label>
          <div class="col-sm-9">
            <span id="nextDate" class="date-split" role="group" aria-labelledby="lblNextDate">
              <input type="text" class="form-control input-mm" name="nextDate.month" id="nextDateMM" size="2" maxlength="2" placeholder="MM" aria-label="Month"> /
              <input type="text" class="form-control input-dd" name="nextDate.day" id="nextDateDD" size="2" maxlength="2" placeholder="DD" aria-label="Day"> /
              <input type="text" class="form-control input-yyyy" name="nextDate.year" id="nextDateYYYY" size="4" maxlength="4" placeholder="YYYY" aria-label="Year">
            </span>
          </div>
        </div>
        <div class="form-group">
          <div class="col-sm-offset-3 col-sm-9">
            <button type="submit" class="btn btn-primary" id="saveJournal">Save Journal</button>
            <a class="btn btn-link" href="/uworks/customer/journal?pid=8812044">Cancel</a>
          </div>
        </div>
      </form>
    </div>
    <div class="col-md-5">
      <h4>Recent Journal Entries</h4>
      <div class="jrnl-list">
        <div class="panel panel-default jrnl-entry">
          <div class="panel-heading"><span class="jrnl-date">11/17/2026</span> &middot; <span class="jrnl-type">Phone</span> &middot; Training</div>
          <div class="panel-body">Taylor called re: Weber Tech welding; passed first bend test. Reviewed Dec payment for tools. Next contact 12/1.</div>
          <div class="panel-footer small">Entered 11/17/2026 by mbeckstead</div>
        </div>
        <div class="panel panel-default jrnl-entry">
          <div class="panel-heading"><span class="jrnl-date">11/02/2026</span> &middot; <span class="jrnl-type">Text (2-way)</span> &middot; Job search</div>
          <div class="panel-body">Texted Taylor about the Thursday hiring event; Taylor replied can't go, class conflict. Will send Jan event list.</div>
          <div class="panel-footer small">Entered 11/03/2026 by mbeckstead</div>
        </div>
        <div class="panel panel-default jrnl-entry">
          <div class="panel-heading"><span class="jrnl-date">10/14/2026</span> &middot; <span class="jrnl-type">Face to Face</span> &middot; Employment Plan review</div>
          <div class="panel-body">Met at Ogden EC, updated employment plan: welding cert by 03/2027. Signed plan in file.</div>
          <div class="panel-footer small">Entered 10/14/2026 by mbeckstead</div>
        </div>
      </div>
    </div>
  </div>
</div>
<footer class="dws-footer">Utah Department of Workforce Services &middot; Internal use only &middot; Service Desk 801-555-0117</footer>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#jrnlText',
    contactTypeField: '#contactType',
    // The three boxes' container (role=group): the date is the three boxes together, not one of them.
    dateField: '#jrnlDate',
    submitControl: '#saveJournal',
    participant: { id: '8812044', name: 'RASMUSSEN, TAYLOR J' },
    // A two-way text is none of the four contact types (in person, telephone, letter, e-mail): null.
    contacts: [
      { date: '2026-11-17', type: 'telephone' },
      { date: '2026-11-02', type: null },
      { date: '2026-10-14', type: 'in-person' },
    ],
  },
};
