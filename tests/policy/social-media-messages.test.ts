/**
 * Social media messages (Facebook Messenger, Instagram or LinkedIn DMs) are written like texts: the contact type is
 * e-mail (written), and they count only when the participant writes back with something to tell. Our own
 * sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { inEachPack } from './both-packs';

describe('a social media message', () => {
  it.each([
    'FB msg from client 11/6: got hired at Menards, starts Monday, 32 hrs/wk.',
    'Facebook Messenger chat w/ cust 11/4; she says she started at Target 11/1, 30 hrs/wk.',
  ])('counts when the participant writes back with news, as a written contact: %s', (text) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(true);
      expect(v.contactType, pack).toBe('email');
    });
  });
  it.each([
    'Messaged cust on Facebook 11/7 re: 90-day review. No reply.',
    'Sent cust a LinkedIn message 11/8 about the Hormel opening.',
  ])('does not count when it only went out or only asks, and is still written: %s', (text) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message ?? ''}`).toBe(false);
      expect(v.contactType, pack).toBe('email');
    });
  });
  it('does not count when the participant only asks for a call', () => {
    inEachPack('FB msg from client 11/9: can you call me?', (v, pack) => expect(v.qualifies, pack).toBe(false));
  });
});
