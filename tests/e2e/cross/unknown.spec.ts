/**
 * Unknown is not none, in Chromium and Firefox: on a fresh profile whose
 * first page is the note form, the sidebar says which facts it has not read
 * yet and where to read them, gives no warning resting on them, and once the
 * page is visited names it as the source.
 */
import { format, subDays } from 'date-fns';
import { test, expect } from './fixtures';
import { click, countOf, openPanel, seeText, textOf } from './steps';
import type { Doc } from '../driver/types';

const fact = (name: string) => `[data-fact="${name}"]`;
const activityFlags = (doc: Doc) => countOf(doc, '.status .flag', 'enrolled activity');

test('Toolbox: the note form first shows "not read yet", the customer page then fills in the facts with their source', async ({ driver, demo }) => {
  const tab = await driver.newTab();
  // The note form on its own, as a bookmark or a link from e-mail opens it.
  await tab.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  await openPanel(tab);
  await seeText(tab, '.status h3', 'Oyelaran, Marcus');
  await seeText(tab, fact('activities'), "Not read yet — open the customer's page in Toolbox.");
  await seeText(tab, fact('last-contact'), "Not read yet — open the customer's page in Toolbox.");
  await seeText(tab, fact('gaps'), "Not read yet — open the customer's page in Toolbox.");
  await seeText(tab, fact('due'), /^Not known yet/);
  expect(await textOf(tab, '.status')).not.toMatch(/none/i);
  expect(await activityFlags(tab)).toBe(0);

  // The Toolbox frameset opens on the caseload list: its activity column is named as the source.
  await tab.goto(`${demo.url}/toolbox/`);
  const main = await tab.frame('main');
  await seeText(main, '#caseloadGrid', 'Oyelaran');
  await main.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  await openPanel(main);
  await seeText(main, fact('activities'), /^Occupational Skills Training - CDL Class A From the Toolbox caseload list, read \d{1,2}\/\d{1,2}\/\d{4} at /);

  await main.goto(`${demo.url}/toolbox/participant?id=100871`);
  await seeText(main, '#activityGrid', 'CDL Class A');
  await main.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  await openPanel(main);
  await seeText(main, fact('activities'), /^Occupational Skills Training - CDL Class A From the Toolbox customer page, read \d{1,2}\/\d{1,2}\/\d{4} at /);
  await seeText(main, fact('gaps'), 'None shown.');
  const lastVisit = format(subDays(new Date(), 80), 'M/d/yyyy');
  await seeText(main, fact('last-contact'), new RegExp(`^${lastVisit} \\(in person\\) From the Toolbox customer page, read `));
  await seeText(main, fact('due'), /due in 10 days/);
});

test('Workforce One: the note page reads the history but not the activities until the Summary is opened', async ({ driver, demo }) => {
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await click(tab, 'a', 'Add Progress Note');
  await openPanel(tab);
  await seeText(tab, '.status h3', 'Tomas Lindqvist');
  const lastVisit = format(subDays(new Date(), 45), 'M/d/yyyy');
  await seeText(tab, fact('last-contact'), new RegExp(`^${lastVisit} \\(in person\\) From the Workforce One Progress Notes page, read `));
  await seeText(tab, fact('activities'), "Not read yet — open the participant's Summary page.");
  expect(await activityFlags(tab)).toBe(0);

  await tab.goto(`${demo.url}/wf1/Participant/Summary.aspx?pid=MN-448120`);
  await seeText(tab, 'body', 'Secondary School / GED Prep');
  await tab.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
  await click(tab, 'a', 'Add Progress Note');
  await openPanel(tab);
  await seeText(tab, fact('activities'), /^Secondary School \/ GED Prep; Summer Work Experience From the Workforce One Summary page, read /);
  expect(await activityFlags(tab)).toBe(0);
});
