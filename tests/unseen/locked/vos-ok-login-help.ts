import type { UnseenPage } from '../types';

/** Leave alone: a staff sign-in page with a "report a problem" form beside it (a description box and the date the problem happened). */
export const PAGE: UnseenPage = {
  id: 'vos-ok-login-help',
  system: 'Virtual OneStop (OKJobMatch, Oklahoma)',
  modelledOn:
    'Geographic Solutions Virtual OneStop sign-in pages as publicly visible (username, password, forgot password, help-desk contact); the problem-report form, its ids and wording are ours.',
  url: 'https://okjobmatch.com/vosnet/loginintro.aspx?stafflogin=1',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OKJobMatch - Staff Sign In</title>
<link rel="stylesheet" href="/vosnet/styles/login.css">
</head>
<body class="login">
<header class="site">
  <img src="/vosnet/images/okjobmatch.png" alt="OKJobMatch.com">
  <nav><a href="/vosnet/Default.aspx">Home</a> <a href="/vosnet/jobseeker.aspx">Job Seekers</a> <a href="/vosnet/employer.aspx">Employers</a> <a href="/vosnet/staff.aspx">Workforce Staff</a></nav>
</header>
<main>
  <div class="alert alert-info" role="status">Scheduled maintenance: Sunday 12/06/2026 from 1:00 AM to 5:00 AM Central. The site will be unavailable.</div>
  <div class="cols">
    <section class="signin" aria-labelledby="signin-h">
      <h1 id="signin-h">Staff Sign In</h1>
      <form method="post" action="/vosnet/loginintro.aspx?stafflogin=1" id="frmLogin">
        <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTIzNDU2Nzg5MGRk">
        <div class="fg"><label for="ctl00_Main_txtUserName">Username</label><input name="ctl00$Main$txtUserName" type="text" id="ctl00_Main_txtUserName" autocomplete="username"></div>
        <div class="fg"><label for="ctl00_Main_txtPassword">Password</label><input name="ctl00$Main$txtPassword" type="password" id="ctl00_Main_txtPassword" autocomplete="current-password"></div>
        <div class="fg"><input id="ctl00_Main_chkRemember" type="checkbox" name="ctl00$Main$chkRemember"><label for="ctl00_Main_chkRemember">Remember my username</label></div>
        <input type="submit" name="ctl00$Main$btnSignIn" value="Sign In" id="ctl00_Main_btnSignIn" class="btn-primary">
        <p><a href="/vosnet/ForgotPassword.aspx">Forgot your username or password?</a></p>
      </form>
      <div class="notice">
        <h2>Authorized use only</h2>
        <p>This system contains confidential information about individuals served by Oklahoma Works partners. Use is monitored and limited to authorized staff performing their job duties. Unauthorized access may result in prosecution under 21 O.S. &sect; 1953.</p>
      </div>
    </section>
    <section class="help" aria-labelledby="help-h">
      <h2 id="help-h">Having trouble? Tell the help desk</h2>
      <form method="post" action="/vosnet/Support/Report.aspx" id="frmProblem">
        <div class="fg"><label for="problemName">Your name</label><input type="text" id="problemName" name="name"></div>
        <div class="fg"><label for="problemOffice">Office</label>
          <select id="problemOffice" name="office"><option value="">Select your office</option><option>Oklahoma City</option><option>Tulsa</option><option>Lawton</option><option>Enid</option><option>Muskogee</option></select></div>
        <div class="fg"><label for="problemDate">When did this happen?</label><input type="date" id="problemDate" name="occurred"></div>
        <fieldset class="fg" id="problemHow"><legend>Best way to reach you</legend>
          <label><input type="radio" name="reach" value="phone"> Phone</label>
          <label><input type="radio" name="reach" value="email" checked> Email</label>
        </fieldset>
        <div class="fg"><label for="problemText">Describe the problem (do not include any job seeker's personal information)</label>
          <textarea id="problemText" name="description" rows="6"></textarea></div>
        <button type="submit" id="problemSend" class="btn">Send to Help Desk</button>
      </form>
      <p class="contact">Or call the OKJobMatch help desk: 405-555-0117, Monday-Friday 8:00 AM - 5:00 PM.</p>
    </section>
  </div>
</main>
<footer class="site">Oklahoma Employment Security Commission. An equal opportunity employer/program. Auxiliary aids and services are available upon request to individuals with disabilities. TDD/TTY 711.</footer>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
