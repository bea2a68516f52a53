import type { UnseenPage } from '../types';

/** Leave alone: a job seeker's résumé builder (objective, summary, work history with its own dates), opened by staff on the participant's behalf. */
export const PAGE: UnseenPage = {
  id: 'ajl-ks-resume-builder',
  system: "America's JobLink (KANSASWORKS)",
  modelledOn:
    "America's JobLink public job-seeker and staff guides (résumé builder: objective, skills summary, employment history with start and end dates, Save); the Kansas screen, its ids and the person are ours.",
  url: 'https://www.kansasworks.com/ada/r/jobseekers/resumes/552871/edit/work-history',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KANSASWORKS | Resume Builder - Work History</title>
<link rel="stylesheet" href="/ada/assets/ajl.css">
</head>
<body class="ajl resume-builder">
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/ada/r/" class="brand"><img src="/ada/assets/kansasworks.png" alt="KANSASWORKS"></a>
  <nav class="top-nav" aria-label="Main">
    <a href="/ada/r/jobseekers/dashboard">Dashboard</a>
    <a href="/ada/r/search/jobs">Job Search</a>
    <a href="/ada/r/jobseekers/resumes" aria-current="page">Resumes</a>
    <a href="/ada/r/jobseekers/messages">Messages</a>
  </nav>
  <div class="staff-banner" role="note">Staff assisting: Colin Reyes (Wichita Workforce Center) &mdash; acting for job seeker Tanya Whitehorse</div>
</header>
<main id="main">
  <ol class="steps" aria-label="Resume steps">
    <li class="done"><a href="../contact">Contact</a></li>
    <li class="done"><a href="../objective">Objective</a></li>
    <li class="current">Work History</li>
    <li><a href="../education">Education</a></li>
    <li><a href="../skills">Skills</a></li>
    <li><a href="../preview">Preview</a></li>
  </ol>
  <h1>Work History</h1>
  <p>List your most recent job first. Describe what you did and what you achieved.</p>
  <section class="job-entry" aria-labelledby="job1-title">
    <h2 id="job1-title">Job 1</h2>
    <div class="form-group"><label for="workHistory_0_employer">Employer name</label><input id="workHistory_0_employer" name="workHistory[0][employer]" type="text" class="form-control" value="Cessna Aircraft (Textron Aviation)"></div>
    <div class="form-group"><label for="workHistory_0_title">Job title</label><input id="workHistory_0_title" name="workHistory[0][title]" type="text" class="form-control" value="Assembler II"></div>
    <div class="form-row">
      <div class="form-group"><label for="workHistory_0_start">Start date</label><input id="workHistory_0_start" name="workHistory[0][start]" type="date" class="form-control" value="2019-03-11"></div>
      <div class="form-group"><label for="workHistory_0_end">End date</label><input id="workHistory_0_end" name="workHistory[0][end]" type="date" class="form-control" value="2026-05-29"></div>
      <div class="form-check"><input id="workHistory_0_current" name="workHistory[0][current]" type="checkbox" class="form-check-input"><label for="workHistory_0_current">I currently work here</label></div>
    </div>
    <div class="form-group"><label for="workHistory_0_duties">Duties and accomplishments</label>
      <textarea id="workHistory_0_duties" name="workHistory[0][duties]" rows="6" class="form-control">Built and inspected wing sub-assemblies to blueprint. Trained 4 new hires on torque procedures. Zero safety incidents in 2025.</textarea></div>
    <div class="form-group"><label for="workHistory_0_reason">Reason for leaving</label>
      <select id="workHistory_0_reason" name="workHistory[0][reason]" class="form-control"><option>Laid off</option><option>Quit</option><option>Contract ended</option><option>Other</option></select></div>
  </section>
  <section class="job-entry" aria-labelledby="job2-title">
    <h2 id="job2-title">Job 2</h2>
    <div class="form-group"><label for="workHistory_1_employer">Employer name</label><input id="workHistory_1_employer" name="workHistory[1][employer]" type="text" class="form-control" value="Dillons Food Stores"></div>
    <div class="form-group"><label for="workHistory_1_title">Job title</label><input id="workHistory_1_title" name="workHistory[1][title]" type="text" class="form-control" value="Stock Clerk"></div>
    <div class="form-row">
      <div class="form-group"><label for="workHistory_1_start">Start date</label><input id="workHistory_1_start" name="workHistory[1][start]" type="date" class="form-control" value="2016-06-01"></div>
      <div class="form-group"><label for="workHistory_1_end">End date</label><input id="workHistory_1_end" name="workHistory[1][end]" type="date" class="form-control" value="2019-02-28"></div>
    </div>
    <div class="form-group"><label for="workHistory_1_duties">Duties and accomplishments</label>
      <textarea id="workHistory_1_duties" name="workHistory[1][duties]" rows="6" class="form-control"></textarea></div>
  </section>
  <button type="button" class="btn btn-link" id="addJob">+ Add another job</button>
  <div class="actions">
    <a href="../objective" class="btn btn-secondary">Previous</a>
    <button type="submit" class="btn btn-primary" id="saveWorkHistory" form="resumeForm">Save and continue</button>
  </div>
  <form id="resumeForm" method="post" action="/ada/r/jobseekers/resumes/552871/work-history"><input type="hidden" name="_token" value="1f0c9e77ab2d4c61"></form>
</main>
<aside class="tips" aria-label="Tips">
  <h2>Resume tips</h2>
  <ul><li>Start each line with an action verb.</li><li>Use numbers to show results.</li><li>Keep it to two pages.</li></ul>
</aside>
<footer class="site-footer">KANSASWORKS is an equal opportunity employer/program. Powered by America's JobLink. <a href="/ada/r/privacy">Privacy</a></footer>
</body>
</html>`,
  // Nothing is expected read here, though the staff banner names the job seeker: the coach has no business on this page.
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
