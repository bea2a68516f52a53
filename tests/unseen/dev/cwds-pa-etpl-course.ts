import type { UnseenPage } from '../types';

/**
 * Pennsylvania CWDS, the same host as its case notes: a training provider's "Add Course/Program"
 * form for the Eligible Training Provider List, a page to leave alone. It has a large description
 * box, a start date, Save Draft beside Submit, and a table of the provider's other programs.
 */
export const PAGE: UnseenPage = {
  id: 'cwds-pa-etpl-course',
  system: 'CWDS (Pennsylvania Commonwealth Workforce Development System), training provider side',
  modelledOn:
    "Pennsylvania's public WIOA Title I ETPL desk aids for training providers (registering in CWDS, the Provider Business Folder, Adding/Finishing a New Training Program Course/Program, expected planned outcomes, withdrawing a course). The form layout, field names, ids and programs are ours.",
  url: 'https://www.cwds.pa.gov/cwdsonline/Provider/BusinessFolder/Course/Add?providerFolderId=60417&step=2',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Add Course/Program - Provider Business Folder - CWDS</title>
<link href="/cwdsonline/Content/bootstrap.min.css" rel="stylesheet">
<link href="/cwdsonline/Content/site.css?v=5.14.2" rel="stylesheet">
</head>
<body>
<header class="cwds-header">
  <a class="navbar-brand" href="/cwdsonline/Provider/Home"><img src="/cwdsonline/Content/images/pa-careerlink-logo.png" alt="PA CareerLink"></a>
  <span class="cwds-title">Commonwealth Workforce Development System</span>
  <div class="cwds-user">Logged in as <b>susquehanna.techinst</b> | <a href="/cwdsonline/Account/LogOff">Log Off</a></div>
</header>
<nav class="cwds-breadcrumb"><a href="/cwdsonline/Provider/Home">Home</a> &gt; <a href="/cwdsonline/Provider/BusinessFolder?providerFolderId=60417">Provider Business Folder</a> &gt; Add Course/Program</nav>
<div class="container">
  <div class="provider-banner"><span class="pb-label">Provider:</span> Susquehanna Technical Institute &nbsp; <span class="pb-label">Provider ID:</span> 60417 &nbsp; <span class="pb-label">Status:</span> Approved</div>
  <ol class="wizard-steps"><li class="done">1. Course Information</li><li class="active">2. Description &amp; Schedule</li><li>3. Costs</li><li>4. Planned Outcomes</li><li>5. Review</li></ol>
  <form id="frmCourse" method="post" action="/cwdsonline/Provider/BusinessFolder/Course/SaveStep2">
    <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Pq1w2e3r4t5y6u7i8o9p0aSdFgHjKlZxCvBnM">
    <input type="hidden" id="CourseId" name="CourseId" value="0">
    <div class="form-group">
      <label for="CourseTitle">Course/Program Title</label>
      <input class="form-control" id="CourseTitle" name="CourseTitle" type="text" value="Commercial Driver License Class A" readonly>
    </div>
    <div class="form-group">
      <label for="CourseDescription">Course/Program Description <span class="text-danger">*</span></label>
      <textarea class="form-control" id="CourseDescription" name="CourseDescription" rows="10" maxlength="4000"></textarea>
      <small class="form-text text-muted">Describe the content, the credential earned and the occupations it prepares for. This text appears on the public ETPL.</small>
    </div>
    <div class="form-group">
      <label for="Prerequisites">Prerequisites</label>
      <textarea class="form-control" id="Prerequisites" name="Prerequisites" rows="3"></textarea>
    </div>
    <div class="row">
      <div class="form-group col-sm-4"><label for="NextStartDate">Next Start Date</label><input class="form-control" id="NextStartDate" name="NextStartDate" type="text" placeholder="mm/dd/yyyy"></div>
      <div class="form-group col-sm-4"><label for="ClockHours">Clock Hours</label><input class="form-control" id="ClockHours" name="ClockHours" type="text"></div>
      <div class="form-group col-sm-4"><label for="DeliveryMethod">Delivery Method</label>
        <select class="form-control" id="DeliveryMethod" name="DeliveryMethod"><option value="">-- Select --</option><option>Classroom</option><option>Online</option><option>Hybrid</option></select></div>
    </div>
    <div class="form-group">
      <label>Schedule</label>
      <div id="ScheduleGroup">
        <label class="radio-inline"><input type="radio" name="Schedule" value="D"> Day</label>
        <label class="radio-inline"><input type="radio" name="Schedule" value="E"> Evening</label>
        <label class="radio-inline"><input type="radio" name="Schedule" value="W"> Weekend</label>
      </div>
    </div>
    <div class="text-right">
      <a class="btn btn-default" href="/cwdsonline/Provider/BusinessFolder?providerFolderId=60417">Cancel</a>
      <button type="submit" class="btn btn-default" name="command" value="draft" id="btnSaveDraft">Save Draft</button>
      <button type="submit" class="btn btn-primary" name="command" value="next" id="btnSaveContinue">Save &amp; Continue</button>
    </div>
  </form>
  <h4>Other Courses/Programs in this Folder</h4>
  <table class="table table-striped" id="tblCourses">
    <thead><tr><th>Program</th><th>Status</th><th>Last Updated</th><th>Expires</th></tr></thead>
    <tbody>
      <tr><td>Welding Technology</td><td>Approved</td><td>10/15/2026</td><td>10/14/2027</td></tr>
      <tr><td>HVAC-R Technician</td><td>Pending LWDA Review</td><td>11/23/2026</td><td>&nbsp;</td></tr>
    </tbody>
  </table>
</div>
<footer class="cwds-footer">Pennsylvania Department of Labor &amp; Industry | CWDS Help Desk 1-877-555-0133</footer>
</body>
</html>`,
  // A provider describing a course for the public list: no participant, no contact, no case note.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
