import type { UnseenPage } from '../types';

/**
 * A Salesforce Classic Visualforce "Case Note Edit" page: j_id ids with colons, Save at the top and bottom
 * of the page block, the date picker's "[ today ]" link, a related list of earlier notes under the form.
 */
export const PAGE: UnseenPage = {
  id: 'salesforce-classic-visualforce',
  system: 'Salesforce Classic / Visualforce (a county workforce org)',
  modelledOn:
    'Salesforce Classic page-block markup as rendered by Visualforce (apex:pageBlock, pbButton/pbButtonb, dateInput with the today link, related lists), from public Salesforce developer documentation; the Case Note object and everything on it are ours.',
  url: 'https://wfsolutions--c.na139.visual.force.com/apex/CaseNoteEdit?retURL=%2Fa0Q4x00000Bv7Ke&participantId=a0Q4x00000Bv7Ke',
  html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta HTTP-EQUIV="PRAGMA" CONTENT="NO-CACHE">
<title>Case Note Edit: New Case Note ~ Salesforce - Enterprise Edition</title>
<link class="user" href="/sCSS/48.0/sprites/1585763446000/Theme3/default/gc/zen-componentsCompatible.css" rel="stylesheet" type="text/css">
<link class="user" href="/sCSS/48.0/sprites/1585763446000/Theme3/default/gc/elements.css" rel="stylesheet" type="text/css">
</head>
<body class="hasMotif customTab12Tab editPage sfdcBody brandQuaternaryBgr">
<div id="AppBodyHeader" class="bPageHeader">
  <table class="phHeader" cellpadding="0" cellspacing="0"><tr>
    <td class="left"><img src="/img/seasonLogos/2020_spring.png" alt="Salesforce"></td>
    <td class="right"><div class="multiforce"><span id="userNavLabel">Priya Raman</span> | <a href="/setup/forcecomHomepage.apexp">Setup</a> | <a href="/secur/logout.jsp">Logout</a></div></td>
  </tr></table>
  <table id="tabBar" cellpadding="0" cellspacing="0"><tr>
    <td><a href="/home/home.jsp">Home</a></td><td class="currentTab"><a href="/a0Q/o">Participants</a></td><td><a href="/a0R/o">Enrollments</a></td><td><a href="/a0S/o">Case Notes</a></td><td><a href="/00O/o">Reports</a></td>
  </tr></table>
</div>
<table class="outer" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="sidebarCell" id="sidebarCell">
  <div class="sidebarModule"><div class="sidebarModuleHeader"><h2>Search</h2></div>
    <div class="sidebarModuleBody"><form id="sbsearch" action="/_ui/search/ui/UnifiedSearchResults"><input id="sbstr" name="str" type="text" maxlength="80" size="18" title="Search..."><input value=" Go! " class="btn" type="submit"></form></div></div>
  <div class="sidebarModule"><div class="sidebarModuleHeader"><h2>Recent Items</h2></div>
    <div class="sidebarModuleBody"><ul><li><a href="/a0Q4x00000Bv7Ke">Gutierrez, Ramon</a></li><li><a href="/a0Q4x00000Bu1Qp">Ashford, Kendra</a></li></ul></div></div>
</td>
<td class="oRight" id="bodyCell">
<form id="j_id0:frm" name="j_id0:frm" method="post" action="/apex/CaseNoteEdit" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="j_id0:frm" value="j_id0:frm">
<div class="bPageTitle"><div class="ptBody"><div class="content"><h1 class="pageType">Case Note Edit</h1><h2 class="pageDescription"> New Case Note</h2></div></div></div>
<div class="bPageBlock brandSecondaryBrd bEditBlock secondaryPalette" id="j_id0:frm:pb">
  <div class="pbHeader"><table border="0" cellpadding="0" cellspacing="0"><tr>
    <td class="pbTitle"><h2 class="mainTitle">Case Note Edit</h2></td>
    <td class="pbButton" id="j_id0:frm:pb:pbbTop"><input type="submit" name="j_id0:frm:pb:pbbTop:saveTop" value="Save" class="btn" id="j_id0:frm:pb:pbbTop:saveTop"> <input type="submit" name="j_id0:frm:pb:pbbTop:cancelTop" value="Cancel" class="btn" id="j_id0:frm:pb:pbbTop:cancelTop"></td>
  </tr></table></div>
  <div class="pbBody">
    <div class="pbSubheader brandTertiaryBgr tertiaryPalette"><h3>Participant</h3></div>
    <div class="pbSubsection"><table class="detailList" border="0" cellpadding="0" cellspacing="0">
      <tr><th class="labelCol vfLabelColTextWrap">Participant</th><td class="data2Col"><a href="/a0Q4x00000Bv7Ke" id="j_id0:frm:pb:partLink">Gutierrez, Ramon</a></td>
          <th class="labelCol vfLabelColTextWrap">Participant ID</th><td class="data2Col"><span id="j_id0:frm:pb:partNo">WFS-118204</span></td></tr>
    </table></div>
    <div class="pbSubheader brandTertiaryBgr tertiaryPalette"><h3>Contact</h3></div>
    <div class="pbSubsection"><table class="detailList" border="0" cellpadding="0" cellspacing="0">
      <tr>
        <th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec2:contactType">Contact Type</label></th>
        <td class="dataCol"><div class="requiredInput"><div class="requiredBlock"></div><select id="j_id0:frm:pb:sec2:contactType" name="j_id0:frm:pb:sec2:contactType" size="1">
          <option value="">--None--</option><option value="In-Person">In-Person</option><option value="Telephone">Telephone</option><option value="Email">Email</option><option value="Letter">Letter</option><option value="Text">Text</option><option value="Attempt - No Contact">Attempt - No Contact</option>
        </select></div></td>
        <th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec2:contactDate">Date of Contact</label></th>
        <td class="dataCol"><div class="requiredInput"><div class="requiredBlock"></div><span class="dateInput dateOnlyInput"><input id="j_id0:frm:pb:sec2:contactDate" name="j_id0:frm:pb:sec2:contactDate" onfocus="DatePicker.pickDate(true, 'j_id0:frm:pb:sec2:contactDate', false);" size="12" type="text" value=""><span class="dateFormat">[&nbsp;<a href="javascript:DatePicker.insertDate('12/2/2026', 'j_id0:frm:pb:sec2:contactDate', true);">12/2/2026</a>&nbsp;]</span></span></div></td>
      </tr>
      <tr>
        <th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec2:contactWith">Contact With</label></th>
        <td class="dataCol"><select id="j_id0:frm:pb:sec2:contactWith" name="j_id0:frm:pb:sec2:contactWith" size="1"><option value="Participant" selected>Participant</option><option value="Employer">Employer</option><option value="Provider">Provider</option><option value="Family">Family member</option></select></td>
        <th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec2:duration">Duration (minutes)</label></th>
        <td class="dataCol"><input id="j_id0:frm:pb:sec2:duration" name="j_id0:frm:pb:sec2:duration" size="5" type="text" value=""></td>
      </tr>
    </table></div>
    <div class="pbSubheader brandTertiaryBgr tertiaryPalette"><h3>Narrative</h3></div>
    <div class="pbSubsection"><table class="detailList" border="0" cellpadding="0" cellspacing="0">
      <tr><th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec3:narrative">Case Note</label></th>
          <td class="data2Col" colspan="3"><textarea id="j_id0:frm:pb:sec3:narrative" name="j_id0:frm:pb:sec3:narrative" cols="100" rows="10"></textarea></td></tr>
      <tr><th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec3:nextSteps">Next Steps</label></th>
          <td class="data2Col" colspan="3"><textarea id="j_id0:frm:pb:sec3:nextSteps" name="j_id0:frm:pb:sec3:nextSteps" cols="100" rows="3"></textarea></td></tr>
      <tr><th class="labelCol vfLabelColTextWrap"><label for="j_id0:frm:pb:sec3:nextContact">Next Contact Date</label></th>
          <td class="dataCol"><span class="dateInput dateOnlyInput"><input id="j_id0:frm:pb:sec3:nextContact" name="j_id0:frm:pb:sec3:nextContact" size="12" type="text" value=""><span class="dateFormat">[&nbsp;<a href="javascript:DatePicker.insertDate('12/2/2026', 'j_id0:frm:pb:sec3:nextContact', true);">12/2/2026</a>&nbsp;]</span></span></td></tr>
    </table></div>
  </div>
  <div class="pbBottomButtons"><table border="0" cellpadding="0" cellspacing="0"><tr>
    <td class="pbTitle">&nbsp;</td>
    <td class="pbButtonb" id="j_id0:frm:pb:pbbBottom"><input type="submit" name="j_id0:frm:pb:pbbBottom:saveBottom" value="Save" class="btn" id="j_id0:frm:pb:pbbBottom:saveBottom"> <input type="submit" name="j_id0:frm:pb:pbbBottom:cancelBottom" value="Cancel" class="btn" id="j_id0:frm:pb:pbbBottom:cancelBottom"></td>
  </tr></table></div>
</div>
<div class="bRelatedList" id="j_id0:frm:rl">
  <div class="bPageBlock brandSecondaryBrd secondaryPalette"><div class="pbHeader"><h3>Earlier Case Notes</h3></div>
  <div class="pbBody"><table class="list" border="0" cellspacing="0" cellpadding="0">
    <tr class="headerRow"><th>Case Note Name</th><th>Date of Contact</th><th>Contact Type</th><th>Contact With</th><th>Created By</th></tr>
    <tr class="dataRow even first"><th><a href="/a0S4x000003kLpQ">CN-2026-03311</a></th><td>11/19/2026</td><td>Attempt - No Contact</td><td>Participant</td><td>Priya Raman</td></tr>
    <tr class="dataRow odd"><th><a href="/a0S4x000003kKz1">CN-2026-03187</a></th><td>11/05/2026</td><td>In-Person</td><td>Participant</td><td>Priya Raman</td></tr>
    <tr class="dataRow even"><th><a href="/a0S4x000003kJ0a">CN-2026-02904</a></th><td>10/08/2026</td><td>Telephone</td><td>Employer</td><td>Priya Raman</td></tr>
    <tr class="dataRow odd last"><th><a href="/a0S4x000003kHh7">CN-2026-02655</a></th><td>09/10/2026</td><td>Email</td><td>Participant</td><td>Priya Raman</td></tr>
  </table></div></div>
</div>
<span id="ajax-view-state-page-container" style="display: none"><span id="ajax-view-state" style="display: none"><input type="hidden" id="com.salesforce.visualforce.ViewState" name="com.salesforce.visualforce.ViewState" value="i:AAAAWXsidCI6IjAwRDR4MDAwMDAwMDAwMCJ9"></span></span>
</form>
</td></tr></table>
<div class="bPageFooter" id="bodyFooter"><div class="footer">Copyright &copy; 2000-2026 salesforce.com, inc. All rights reserved. | <a href="http://www.salesforce.com/company/privacy.jsp">Privacy Statement</a></div></div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '[id="j_id0:frm:pb:sec3:narrative"]',
    contactTypeField: '[id="j_id0:frm:pb:sec2:contactType"]',
    dateField: '[id="j_id0:frm:pb:sec2:contactDate"]',
    // Disputable: the top Save does exactly the same; the bottom one is the one under the note.
    submitControl: '[id="j_id0:frm:pb:pbbBottom:saveBottom"]',
    participant: { id: 'WFS-118204', name: 'Gutierrez, Ramon' },
    // An attempt with no contact has no contact type; the employer call is a telephone contact, though not with the participant.
    contacts: [
      { date: '2026-11-19', type: null },
      { date: '2026-11-05', type: 'in-person' },
      { date: '2026-10-08', type: 'telephone' },
      { date: '2026-09-10', type: 'email' },
    ],
  },
};
