/**
 * Review near-misses, written before reading the reader's change: a call named with an employer, or a call in which a
 * parent tells us about her son's or daughter's progress, is not a contact with the participant. Minnesota takes no
 * third party; in Missouri an employer is no training provider and a parent an alternate contact only when the note
 * says so, so neither may count as the participant in either pack.
 */
import { describe, expect, it } from 'vitest';
import { counts, inEachPack } from './both-packs';

describe('a call with an employer, or a parent telling of her child', () => {
  it.each([
    'TC w/ Hy-Vee 3/4 - discussed job search, client will apply at Hy-Vee.',
    "TC w/ Target 3/4 - discussed client's job search.",
    "TC - discussed her son's job search, he will apply at Hy-Vee.",
    "TC - discussed her daughter's progress at Ranken, she passed the midterm.",
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      if (pack === 'mn-wf1') expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
      expect(v.qualifies && v.party === 'participant', `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
    }),
  );
});

describe('a call to an organisation, a reply from one, a relative answering for the participant', () => {
  it.each([
    'TC w/ Hy-Vee 3/4 - discussed job search.',
    'Called the Hy-Vee store 3/4, discussed her hours.',
    'Called Ameren HR 3/4, discussed her hours.',
    'Ameren replied to my e-mail 3/4: her account is past due.',
    'TC 3/4 - discussed her son\'s job search.',
    'Tom texted back 3/4 for his daughter: she got the job at Target.',
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      if (pack === 'mn-wf1') expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
      expect(v.qualifies && v.party === 'participant', `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
    }),
  );
});

describe('still counts: the participant on the line, her own workplace named as a place', () => {
  counts([
    ['TC w/ Maria 3/4 - discussed job search; she applies at Hy-Vee Monday.', 'telephone'],
    ['TC w/ client 3/4 - discussed her job search; she will apply at Hy-Vee.', 'telephone'],
    ["TC w/ cust 3/4 - discussed her son's daycare; she starts at Hy-Vee Monday, 32 hrs.", 'telephone'],
    ['Client replied to my e-mail 3/4: she passed the CNA skills test.', 'email'],
    ['Visited the Hy-Vee store 3/4, met with client on her break: she works 32 hrs, no absences.', 'in-person'],
  ]);
});

describe('still counts: a hyphened first name is a person', () => {
  counts([
    ['11/02/26 Phone with Jean-Robert 12 min. He is back in class, week 7. Attendance 95%.', 'telephone'],
    ['TC w/ Marie-Ange 3/4: she passed the CNA skills test and starts at Mercy 3/9.', 'telephone'],
  ]);
});
