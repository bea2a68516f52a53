import type { UnseenPage } from '../types';

/**
 * A state system's "Request access" page, reached from its sign-in screen: a new staff member's name, e-mail, office and
 * a "Comments" box for the reason. No password field (the account does not exist yet), and no case note.
 */
export const PAGE: UnseenPage = {
  id: 'staff-access-request',
  system: 'A state case-management system’s sign-in help',
  modelledOn:
    'Staff account request pages in public state workforce system guides (staff access requests for VOS-based systems and Workforce One); the form, its ids and names are ours.',
  url: 'https://cases.example-state.gov/account/request-access',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Request Access - Sign In Help</title></head>
<body>
<h1>Request access</h1>
<p>Already have an account? <a href="/account/sign-in">Sign in</a></p>
<form method="post" action="/account/request-access">
  <label for="fullName">Your name</label> <input id="fullName" name="fullName" type="text">
  <label for="email">Work e-mail</label> <input id="email" name="email" type="email">
  <label for="office">Office</label> <input id="office" name="office" type="text">
  <label for="comments">Comments</label> <textarea id="comments" name="comments" rows="6"></textarea>
  <button type="submit" id="send">Send request</button>
</form>
</body>
</html>`,
  expect: { attach: false, noteField: null, contactTypeField: null, dateField: null, submitControl: null, participant: null, contacts: [] },
};
