/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): staff who are not the
 * writer ("shelter staff", "the prior case manager", "her caseworker at the county") read as the writer, so their call,
 * their visit or the writer's meeting with them counted as a contact with the participant. A staff word with a
 * modifier that places it elsewhere (previous, prior, former, shelter, hospital, county, her/his) is another person.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mo-dwd-toolbox') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe("someone else's staff is not the writer", () => {
  it.each([
    ['Shelter staff called to let me know participant got a job at Target, starting Monday.', 'telephone', 'mn-wf1'],
    ['New CM. Met with prior case manager to go over customer goals and ITA status.', 'in-person', 'mo-dwd-toolbox'],
    ['Previous counselor called; customer is attending CNA class and passed her skills test.', undefined, 'mo-dwd-toolbox'],
    ['Her case manager at the county stopped by and said client found housing and is working 20 hrs.', 'in-person', 'mn-wf1'],
    ['Hospital staff called 11/4: customer was admitted and will miss class this week.', 'telephone', 'mo-dwd-toolbox'],
    ['Spoke with former CM about customer; he completed welding and is employed at Cargill.', 'telephone', 'mo-dwd-toolbox'],
    ["Shelter advocate stopped by office to drop off client's ID and said client found housing.", 'in-person', 'mn-wf1'],
  ] as const)('%s (%s) does not count', (text, type, pack) => {
    expect(verdict(text, type, pack).qualifies).toBe(false);
  });
});

describe('the writer and the participant still count', () => {
  it.each([
    ['Staff called customer 11/3; customer reports she passed her CNA skills test and starts work 12/1.', 'telephone', 'mo-dwd-toolbox'],
    ['Case manager met with participant at the shelter 11/4; she is attending class daily, 95% attendance.', 'in-person', 'mn-wf1'],
    ['This writer spoke with the customer by phone; he reports 3 applications and an interview at Menards 11/12.', undefined, 'mo-dwd-toolbox'],
    ['Case transferred from prior CM. Called customer to introduce myself; she said she is attending class and has a test 11/20.', 'telephone', 'mo-dwd-toolbox'],
    ['WIOA staff met with client in office 11/5. Client is working 32 hrs at Target, $15/hr.', 'in-person', 'mn-wf1'],
  ] as const)('%s (%s) counts', (text, type, pack) => {
    expect(verdict(text, type, pack).qualifies).toBe(true);
  });
});
