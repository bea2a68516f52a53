import type { UnseenPage } from '../types';

/**
 * An ASP.NET MVC case system with Bootstrap 3 panels: the participant only in a panel heading written as a sentence,
 * "Customer: HARGROVE, TINA (State ID 20931877)" (a label before the name, a word before "ID" inside the parentheses),
 * not in an h1–h3; the staff member in the top bar as "Logged in: Burke, Dana"; contact type as radio buttons.
 */
export const PAGE: UnseenPage = {
  id: 'panel-heading-customer',
  system: 'A state workforce agency’s ASP.NET MVC case system (Bootstrap 3)',
  modelledOn:
    'Bootstrap 3’s public documentation (panel, panel-heading, form-horizontal, radio-inline) and state workforce staff guides that show the customer as “LAST, FIRST” with a state ID; the agency, screen, ids and names are ours.',
  url: 'https://wfcase.dws.example.gov/Customer/CaseNote/Create',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Create Case Note - WF Case</title>
<link href="/Content/bootstrap.css" rel="stylesheet">
</head>
<body>
<div class="navbar navbar-inverse navbar-fixed-top"><div class="container">
  <a class="navbar-brand" href="/">WF Case</a>
  <ul class="nav navbar-nav"><li><a href="/Customer">Customers</a></li><li><a href="/Caseload">Caseload</a></li></ul>
  <p class="navbar-text navbar-right">Logged in: Burke, Dana | <a href="/Account/LogOff">Log off</a></p>
</div></div>
<div class="container body-content">
  <div class="panel panel-primary">
    <div class="panel-heading">Customer: HARGROVE, TINA (State ID 20931877)</div>
    <div class="panel-body">
      <p>Program: WIOA Adult &nbsp; | &nbsp; Office: Northeast Job Center &nbsp; | &nbsp; Enrolled: 07/01/2026</p>
    </div>
  </div>
  <form action="/Customer/CaseNote/Create" class="form-horizontal" method="post">
    <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq2">
    <input id="CustomerId" name="CustomerId" type="hidden" value="20931877">
    <div class="form-group"><label class="control-label col-md-2">Contact Type</label>
      <div class="col-md-10" id="ContactTypeGroup">
        <label class="radio-inline"><input type="radio" name="ContactType" id="ContactType_InPerson" value="InPerson"> In person</label>
        <label class="radio-inline"><input type="radio" name="ContactType" id="ContactType_Phone" value="Phone"> Telephone</label>
        <label class="radio-inline"><input type="radio" name="ContactType" id="ContactType_Email" value="Email"> E-mail</label>
        <label class="radio-inline"><input type="radio" name="ContactType" id="ContactType_Mail" value="Mail"> Letter</label>
      </div></div>
    <div class="form-group"><label class="control-label col-md-2" for="ContactDate">Contact Date</label>
      <div class="col-md-10"><input class="form-control" id="ContactDate" name="ContactDate" type="text" value="12/02/2026"></div></div>
    <div class="form-group"><label class="control-label col-md-2" for="NoteText">Case Note</label>
      <div class="col-md-10"><textarea class="form-control" cols="20" id="NoteText" name="NoteText" rows="10"></textarea></div></div>
    <div class="form-group"><div class="col-md-offset-2 col-md-10"><input type="submit" value="Save" class="btn btn-default" id="btnSave"> <a href="/Customer/Details/20931877">Back to customer</a></div></div>
  </form>
</div>
</body>
</html>`,
  expect: {
    attach: true,
    noteField: '#NoteText',
    contactTypeField: '#ContactTypeGroup',
    dateField: '#ContactDate',
    submitControl: '#btnSave',
    participant: { id: '20931877', name: 'HARGROVE, TINA' },
    contacts: [],
  },
};
