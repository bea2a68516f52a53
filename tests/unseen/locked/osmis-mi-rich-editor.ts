import type { UnseenPage } from '../types';

/**
 * Michigan Works! OSMIS: a case note whose body is a TinyMCE-style editor (an iframe over a hidden textarea),
 * with a subject line, a contact-method select, the contact date and a next-appointment date.
 */
export const PAGE: UnseenPage = {
  id: 'osmis-mi-rich-editor',
  system: 'OSMIS (Michigan One-Stop Management Information System)',
  modelledOn:
    'Great Lakes Bay Michigan Works! "WIOA Case Note Standards" (case notes entered in OSMIS at every point of contact; email, phone, letter and mail-outs count as points of contact; a distinguishable subject); the screen, the editor rendering and ids are ours.',
  url: 'https://osmis.michiganworks.org/OSMIS/Participant/CaseNoteAdd.aspx?pid=2207719',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OSMIS - Add Case Note</title>
<link rel="stylesheet" href="/OSMIS/Content/site.css">
<link rel="stylesheet" href="/OSMIS/Scripts/tinymce/skins/ui/oxide/skin.min.css">
</head>
<body>
<form method="post" action="./CaseNoteAdd.aspx?pid=2207719" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTQ0NjIxNDM5OQ9kFgJmD2QWAgIDD2QWAg==">
<nav class="navbar navbar-default">
  <div class="container-fluid">
    <a class="navbar-brand" href="/OSMIS/Default.aspx">OSMIS</a>
    <ul class="nav navbar-nav">
      <li><a href="/OSMIS/Participant/Search.aspx">Participants</a></li>
      <li><a href="/OSMIS/Employer/Search.aspx">Employers</a></li>
      <li><a href="/OSMIS/Reports/Default.aspx">Reports</a></li>
      <li><a href="/OSMIS/Admin/Default.aspx">Administration</a></li>
    </ul>
    <p class="navbar-text navbar-right">Michigan Works! Region 7B &middot; Signed in as Heather Lindgren &middot; <a href="/OSMIS/Account/LogOff.aspx">Sign out</a></p>
  </div>
</nav>
<div class="container-fluid">
  <div class="row participant-banner">
    <div class="col-md-4"><span class="banner-label">Participant</span> <span class="banner-value" id="lblPartName">Darnell Price</span></div>
    <div class="col-md-3"><span class="banner-label">OSMIS ID</span> <span class="banner-value" id="lblPartId">2207719</span></div>
    <div class="col-md-3"><span class="banner-label">Program</span> <span class="banner-value">WIOA Youth</span></div>
    <div class="col-md-2"><span class="banner-label">Career Manager</span> <span class="banner-value">H. Lindgren</span></div>
  </div>
  <ul class="nav nav-tabs">
    <li><a href="Summary.aspx?pid=2207719">Summary</a></li>
    <li><a href="Activities.aspx?pid=2207719">Activities</a></li>
    <li class="active"><a href="CaseNotes.aspx?pid=2207719">Case Notes</a></li>
    <li><a href="Documents.aspx?pid=2207719">Documents</a></li>
  </ul>
  <div class="row">
    <div class="col-md-8">
      <h3>Add Case Note</h3>
      <div class="form-group">
        <label for="ContentPlaceHolder1_txtSubject">Subject</label>
        <input name="ctl00$ContentPlaceHolder1$txtSubject" type="text" id="ContentPlaceHolder1_txtSubject" class="form-control" placeholder="e.g. Work experience check-in">
      </div>
      <div class="form-inline">
        <div class="form-group">
          <label for="ContentPlaceHolder1_txtContactDate">Date of Contact</label>
          <input name="ctl00$ContentPlaceHolder1$txtContactDate" type="text" id="ContentPlaceHolder1_txtContactDate" class="form-control datepicker" value="">
        </div>
        <div class="form-group">
          <label for="ContentPlaceHolder1_ddlContactMethod">Contact Method</label>
          <select name="ctl00$ContentPlaceHolder1$ddlContactMethod" id="ContentPlaceHolder1_ddlContactMethod" class="form-control">
            <option value="">-- choose --</option>
            <option value="FTF">Face-to-face</option>
            <option value="PHN">Phone</option>
            <option value="EML">Email</option>
            <option value="LTR">Letter / Mail-out</option>
            <option value="TXT">Text</option>
            <option value="SOC">Social media message</option>
            <option value="NOC">No contact - file entry</option>
          </select>
        </div>
        <div class="form-group">
          <label for="ContentPlaceHolder1_ddlProgram">Program</label>
          <select name="ctl00$ContentPlaceHolder1$ddlProgram" id="ContentPlaceHolder1_ddlProgram" class="form-control"><option selected>WIOA Youth</option><option>Wagner-Peyser</option></select>
        </div>
      </div>
      <div class="form-group">
        <label for="ContentPlaceHolder1_txtNarrative">Case Note</label>
        <textarea name="ctl00$ContentPlaceHolder1$txtNarrative" id="ContentPlaceHolder1_txtNarrative" class="form-control rich" rows="10" style="display: none;" aria-hidden="true"></textarea>
        <div role="application" class="tox tox-tinymce" style="visibility: hidden; height: 320px;">
          <div class="tox-editor-container">
            <div class="tox-editor-header"><div role="menubar" class="tox-menubar"><button type="button" class="tox-mbtn">Edit</button><button type="button" class="tox-mbtn">Format</button></div>
              <div role="group" class="tox-toolbar"><button type="button" class="tox-tbtn" aria-label="Bold">B</button><button type="button" class="tox-tbtn" aria-label="Italic">I</button><button type="button" class="tox-tbtn" aria-label="Bullet list">&bull;</button></div></div>
            <div class="tox-sidebar-wrap"><div class="tox-edit-area">
              <iframe id="ContentPlaceHolder1_txtNarrative_ifr" frameborder="0" allowtransparency="true" title="Rich Text Area. Press ALT-0 for help." class="tox-edit-area__iframe" srcdoc="&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;/head&gt;&lt;body id=&quot;tinymce&quot; class=&quot;mce-content-body&quot; data-id=&quot;ContentPlaceHolder1_txtNarrative&quot; contenteditable=&quot;true&quot;&gt;&lt;p&gt;&lt;br data-mce-bogus=&quot;1&quot;&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;"></iframe>
            </div></div>
            <div class="tox-statusbar"><div class="tox-statusbar__path">p</div><div class="tox-statusbar__wordcount">0 words</div></div>
          </div>
        </div>
      </div>
      <div class="form-inline">
        <div class="form-group">
          <label for="ContentPlaceHolder1_txtNextAppt">Next Appointment</label>
          <input name="ctl00$ContentPlaceHolder1$txtNextAppt" type="text" id="ContentPlaceHolder1_txtNextAppt" class="form-control datepicker" value="">
        </div>
        <div class="checkbox"><label><input id="ContentPlaceHolder1_chkConfidential" type="checkbox" name="ctl00$ContentPlaceHolder1$chkConfidential"> Confidential</label></div>
      </div>
      <p>
        <input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="Save Case Note" id="ContentPlaceHolder1_btnSave" class="btn btn-primary">
        <a id="ContentPlaceHolder1_lnkCancel" class="btn btn-default" href="CaseNotes.aspx?pid=2207719">Cancel</a>
      </p>
    </div>
    <div class="col-md-4">
      <div class="panel panel-default">
        <div class="panel-heading">Previous case notes</div>
        <table class="table table-condensed" id="ContentPlaceHolder1_gvPrior">
          <thead><tr><th>Date</th><th>Method</th><th>Subject</th></tr></thead>
          <tbody>
            <tr><td>11/23/2026</td><td>Text</td><td>Reminder - work experience timesheet</td></tr>
            <tr><td>11/12/2026</td><td>Face-to-face</td><td>WEX site visit at Saginaw Public Library</td></tr>
            <tr><td>10/29/2026</td><td>Letter / Mail-out</td><td>Incentive letter mailed</td></tr>
            <tr><td>10/14/2026</td><td>Phone</td><td>GED practice test scheduling</td></tr>
          </tbody>
        </table>
      </div>
      <div class="panel panel-default">
        <div class="panel-heading">Quick reminder</div>
        <div class="panel-body"><label for="txtSticky" class="sr-only">Sticky note</label><textarea id="txtSticky" class="form-control" rows="3" placeholder="Private sticky note (not saved to the case file)"></textarea></div>
      </div>
    </div>
  </div>
</div>
<footer class="footer">Michigan Works! is an equal opportunity employer/program. Supported by the State of Michigan. TTY 711.</footer>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    // The case manager types in the editor's iframe; the hidden textarea behind it is only what is posted.
    noteField: '#ContentPlaceHolder1_txtNarrative_ifr',
    contactTypeField: '#ContentPlaceHolder1_ddlContactMethod',
    dateField: '#ContentPlaceHolder1_txtContactDate',
    submitControl: '#ContentPlaceHolder1_btnSave',
    participant: { id: '2207719', name: 'Darnell Price' },
    // A text message is none of the four contact types.
    contacts: [
      { date: '2026-11-23', type: null },
      { date: '2026-11-12', type: 'in-person' },
      { date: '2026-10-29', type: 'letter' },
      { date: '2026-10-14', type: 'telephone' },
    ],
  },
};
