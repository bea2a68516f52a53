/**
 * Pasted threads whose labels carry no time (review near-misses, written before reading the reader): our message last
 * with nothing of hers after it, only our lines, or a line under another label or her name that is not her answer (a
 * relative, an organisation, a second name, the phone's status). No written reply from the participant (MO DWD 01-02
 * Change 1; MN Letter 110). None may count in either pack; her answer after ours still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('our message is last', () => {
  doesNotCount([
    'Text thread:\nMaria: hi is this my case manager?\nme: yes! how is class going?',
    'Text thread:\nme: how is class?\nme: following up, no reply yet',
    'Text thread 3/3:\nClient: hey\nCM: hi Maria, how is the CNA class going? any update on the exam?',
  ]);
});

describe('the line after ours is not hers', () => {
  doesNotCount([
    'Text thread:\nCM: how is the job search going?\nMom: she is at work, I will tell her',
    'Text thread:\nme: are you still at Tyson?\nGoodwill: she started Monday',
    'Text thread:\nme: are you still at Tyson?\nMaria: this is her daughter, she started Monday',
    'Text thread:\nme: are you still at Tyson?\nMaria: New phone who dis',
    'Text thread:\nCM: how is the job search?\nMaria: Delivered',
    'Text thread:\nCM: how is the job search?\nHer mom: she is at work, will have her call you',
    'Client Deshawn.\nText thread:\nme: are you still at Tyson?\nJasmine: yes started Monday',
    'Text thread:\nme: are you still at Tyson?\nBob: she started Monday',
  ]);
});

describe('her answer after ours still counts', () => {
  counts([
    ['Text thread:\nCM: how is the job search going?\nMaria: I got hired at Target, start Monday', 'email'],
    ['Text thread:\nme: are you still at Tyson?\nMaria: yes, 40 hrs a week now', 'email'],
  ]);
});
