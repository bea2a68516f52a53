import type { UnseenPage } from '../types';

/**
 * An Individual Service Strategy (ISS) / Individual Employment Plan page of a state system: the participant's goals,
 * barriers and the steps agreed, each a roomy box labelled "… comments". A case manager writes the plan here, not a case
 * note: the note coach has nothing to say about a goal ("no contact type", "no progress"), so it stays off.
 */
export const PAGE: UnseenPage = {
  id: 'iss-plan-goals',
  system: 'A state WIOA system’s Individual Service Strategy / IEP page',
  modelledOn:
    'Minnesota Workforce One’s public help on the Individual Service Strategy (employment goals, barriers, services planned) and the VOS Staff Guide’s Employment Plan profile (IEP goals and objectives); the markup, ids and names are ours.',
  url: 'https://cases.example-state.gov/wioa/participant/plan/edit?pid=6120448',
  html: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Individual Service Strategy - Edit</title></head>
<body>
<div class="user-box">Signed in: A. Lindqvist</div>
<h1>Individual Service Strategy (ISS)</h1>
<p class="who">Participant: Okoro, Femi · Participant ID 6120448</p>
<form method="post" action="/wioa/participant/plan/save">
  <fieldset><legend>Employment Goal</legend>
    <label for="goalShort">Short-term goal</label> <input id="goalShort" name="goalShort" type="text">
    <label for="goalComments">Goal comments</label> <textarea id="goalComments" name="goalComments" rows="6"></textarea>
  </fieldset>
  <fieldset><legend>Barriers</legend>
    <label for="barrierNotes">Barrier notes</label> <textarea id="barrierNotes" name="barrierNotes" rows="6"></textarea>
  </fieldset>
  <fieldset><legend>Services Planned</legend>
    <label for="svcStart">Planned start date</label> <input id="svcStart" name="svcStart" type="text">
    <label for="svcComments">Comments</label> <textarea id="svcComments" name="svcComments" rows="6"></textarea>
  </fieldset>
  <button type="submit" id="savePlan">Save Plan</button>
</form>
</body>
</html>`,
  expect: {
    attach: false,
    noteField: null,
    contactTypeField: null,
    dateField: null,
    submitControl: null,
    participant: { id: '6120448', name: 'Okoro, Femi' },
    contacts: [],
  },
};
