import type { UnseenPage } from '../types';

/**
 * A county workforce board's ASP.NET WebForms case file: master-page ids (ctl00_MainContent_…), the contact type as a
 * RadioButtonList drawn as a table (no fieldset), Save and Cancel as LinkButtons (javascript:__doPostBack links, no
 * button), and past notes in a GridView whose header row sits in its tbody and whose pager row holds a nested table,
 * with Edit/Delete LinkButtons on every row.
 */
export const PAGE: UnseenPage = {
  id: 'webforms-gridview-notes',
  system: 'A county workforce board’s ASP.NET WebForms case file',
  modelledOn:
    'Microsoft’s public ASP.NET Web Forms documentation of the GridView (header row rendered in the table body, the numeric pager as a nested table, CommandField Edit/Delete LinkButtons), the RadioButtonList (RepeatLayout Table) and the LinkButton (__doPostBack); the county, the screen, ids and notes are ours.',
  url: 'https://casefile.heartlandworks.example.org/Participant/CaseNotes.aspx?ParticipantKey=88214',
  html: `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	Case Notes - Heartland Works Case File
</title><link href="../Content/Site.css" rel="stylesheet" type="text/css" /></head>
<body>
<form method="post" action="./CaseNotes.aspx?ParticipantKey=88214" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIzNg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUPV0lMTElBTVMsIERFU0hBV05kZAIDDzwrABEDAA8WBB4LXyFEYXRhQm91bmRnHgtfIUl0ZW1Db3VudAIEZAEQFgAWABYADBQrAAAWAmYPZBYKAgEPZBYIZg8PFgIfAAUKMTEvMTgvMjAyNmRkAgEPDxYCHwAFBVBob25lZGQCAg8PFgIfAAUIYm1jY29ybGVkZAIDDw8WAh8ABTVTcG9rZSB3aXRoIERlU2hhd24gYWJvdXQgdGhlIENETCBwZXJtaXQgdGVzdC5kZGRkGAEFHmN0bDAwJE1haW5Db250ZW50JGd2Q2FzZU5vdGVzDzwrAAwBCAIBZA==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div id="header">
  <div class="title">Heartland Works &middot; Case File</div>
  <div class="loginDisplay">Welcome <span class="bold">bmccord</span>! [ <a id="ctl00_HeadLoginView_HeadLoginStatus" href="javascript:__doPostBack('ctl00$HeadLoginView$HeadLoginStatus$ctl00','')">Log Out</a> ]</div>
  <div class="quickFind"><label for="ctl00_txtQuickFind">Find participant</label> <input name="ctl00$txtQuickFind" type="text" id="ctl00_txtQuickFind" /> <a id="ctl00_lnkQuickFind" href="javascript:__doPostBack('ctl00$lnkQuickFind','')">Go</a></div>
  <div class="menu"><a href="../Default.aspx">Home</a> | <a href="../Participant/Search.aspx">Participants</a> | <a href="../Reports/Default.aspx">Reports</a></div>
</div>
<div id="main">
  <table class="participantHeader" cellspacing="0">
    <tr><td class="lbl">Participant:</td><td><span id="ctl00_MainContent_lblName">WILLIAMS, DESHAWN</span></td>
        <td class="lbl">Participant ID:</td><td><span id="ctl00_MainContent_lblParticipantId">HW-0088214</span></td>
        <td class="lbl">Program:</td><td><span id="ctl00_MainContent_lblProgram">WIOA Adult</span></td></tr>
  </table>
  <h2>Case Notes</h2>
  <div id="ctl00_MainContent_pnlAddNote" class="panel">
    <table class="formTable">
      <tr><td class="lbl"><span id="ctl00_MainContent_lblContactDate">Date of Contact</span></td>
          <td><input name="ctl00$MainContent$txtContactDate" type="text" value="12/02/2026" maxlength="10" id="ctl00_MainContent_txtContactDate" class="datepicker" />
              <input type="image" name="ctl00$MainContent$imgCal" id="ctl00_MainContent_imgCal" src="../Images/calendar.gif" alt="Pick a date" onclick="return false;" /></td></tr>
      <tr><td class="lbl">Contact Type</td>
          <td><table id="ctl00_MainContent_rblContactType" class="radioList">
            <tr><td><input id="ctl00_MainContent_rblContactType_0" type="radio" name="ctl00$MainContent$rblContactType" value="1" /><label for="ctl00_MainContent_rblContactType_0">Office Visit</label></td>
                <td><input id="ctl00_MainContent_rblContactType_1" type="radio" name="ctl00$MainContent$rblContactType" value="2" /><label for="ctl00_MainContent_rblContactType_1">Telephone</label></td>
                <td><input id="ctl00_MainContent_rblContactType_2" type="radio" name="ctl00$MainContent$rblContactType" value="3" /><label for="ctl00_MainContent_rblContactType_2">E-mail</label></td>
                <td><input id="ctl00_MainContent_rblContactType_3" type="radio" name="ctl00$MainContent$rblContactType" value="4" /><label for="ctl00_MainContent_rblContactType_3">Letter</label></td></tr>
          </table></td></tr>
      <tr><td class="lbl">Follow-up Date</td>
          <td><input name="ctl00$MainContent$txtFollowUp" type="text" maxlength="10" id="ctl00_MainContent_txtFollowUp" class="datepicker" /></td></tr>
      <tr><td class="lbl" valign="top"><label for="ctl00_MainContent_txtNote">Case Note</label></td>
          <td><textarea name="ctl00$MainContent$txtNote" rows="10" cols="80" id="ctl00_MainContent_txtNote"></textarea></td></tr>
      <tr><td></td>
          <td><a id="ctl00_MainContent_lnkSave" class="button" href="javascript:__doPostBack('ctl00$MainContent$lnkSave','')">Save Note</a>
              <a id="ctl00_MainContent_lnkCancel" class="button" href="javascript:__doPostBack('ctl00$MainContent$lnkCancel','')">Cancel</a></td></tr>
    </table>
  </div>
  <h3>Previous Notes</h3>
  <div>
	<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvCaseNotes" style="border-collapse:collapse;">
		<tr class="gridHeader">
			<th scope="col">&nbsp;</th><th scope="col"><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Sort$ContactDate')">Date</a></th><th scope="col">Contact Type</th><th scope="col">Entered By</th><th scope="col">Note</th>
		</tr><tr>
			<td><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Edit$0')">Edit</a>&nbsp;<a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Delete$0')">Delete</a></td><td>11/18/2026</td><td>Telephone</td><td>bmccord</td><td>Spoke with DeShawn about the CDL permit test; he passed the written part and starts range days 12/7.</td>
		</tr><tr class="alt">
			<td><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Edit$1')">Edit</a>&nbsp;<a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Delete$1')">Delete</a></td><td>10/30/2026</td><td>Office Visit</td><td>bmccord</td><td>DeShawn came in to sign the ITA for Class A CDL training; reviewed the schedule and the supportive services form.</td>
		</tr><tr>
			<td><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Edit$2')">Edit</a>&nbsp;<a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Delete$2')">Delete</a></td><td>10/09/2026</td><td>Letter</td><td>bmccord</td><td>Mailed the eligibility documents checklist.</td>
		</tr><tr class="alt">
			<td><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Edit$3')">Edit</a>&nbsp;<a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Delete$3')">Delete</a></td><td>09/24/2026</td><td>E-mail</td><td>bmccord</td><td>E-mailed the orientation slides; DeShawn replied that he will bring his DD-214 to intake.</td>
		</tr><tr class="pager">
			<td colspan="5"><table>
				<tr><td><span>1</span></td><td><a href="javascript:__doPostBack('ctl00$MainContent$gvCaseNotes','Page$2')">2</a></td></tr>
			</table></td>
		</tr>
	</table>
  </div>
</div>
<div id="footer">&copy; 2026 Heartland Works &middot; <a href="../Help.aspx">Help</a></div>
</form>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#ctl00_MainContent_txtNote',
    contactTypeField: '#ctl00_MainContent_rblContactType',
    dateField: '#ctl00_MainContent_txtContactDate',
    submitControl: '#ctl00_MainContent_lnkSave',
    participant: { id: 'HW-0088214', name: 'WILLIAMS, DESHAWN' },
    contacts: [
      { date: '2026-11-18', type: 'telephone' },
      { date: '2026-10-30', type: 'in-person' },
      { date: '2026-10-09', type: 'letter' },
      { date: '2026-09-24', type: 'email' },
    ],
  },
};
