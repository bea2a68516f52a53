/**
 * What a paste or an export leaves in a note that the case manager never sees: a soft hyphen (U+00AD) that a word
 * processor or a PDF put inside a word, and HTML character references ("&nbsp;", "&amp;", "&#39;") in notes exported
 * from a web system. The rules read the words as the case manager sees them, and every place a finding or the verdict
 * points to is a place in the note as it was given.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, inEachPack } from './both-packs';

const SHY = '\u00ad';

describe('hidden characters do not hide the word that says a call failed', () => {
  doesNotCount([
    `Phone call with client 3/4: she did not an${SHY}swer.`,
    `Phone call with client 3/4 - wrong num${SHY}ber.`,
    `TC w/ client 3/4 - no ans${SHY}wer, left voice${SHY}mail.`,
    'TC 3/4&nbsp;-&nbsp;no&nbsp;answer.',
    'Called client 3/4&#160;&ndash; no answer, left a message.',
    'Phone call with client 3/4: she didn&#39;t answer.',
    'Phone call with client 3/4: she didn&#x27;t answer; LM.',
    'Met with client&nbsp;3/4? No&nbsp;-&nbsp;she did not show.',
  ]);
});

describe('real contacts written with them still count', () => {
  counts([
    [`Spoke with client by phone 3/4: she com${SHY}pleted her CNA class and starts at Hy-Vee Monday, 30 hrs.`, 'telephone'],
    ['Met with client in person 3/4&nbsp;-&nbsp;attending daily, 95%; passed her midterm.', 'in-person'],
    ['Met with client in person 3/4: she &amp; I reviewed her ISS; attending daily, 95%.', 'in-person'],
  ]);
});

describe('places in the note are the places the case manager sees', () => {
  it('the failure is pointed at in the note as given, soft hyphen and all', () => {
    const text = `Phone call with client 3/4: she did not an${SHY}swer. Will try again 3/6.`;
    inEachPack(text, (v, pack) => {
      const f = v.findings.find((x) => x.rule === 'unsuccessful-attempt');
      expect(f, pack).toBeDefined();
      expect(text.slice(f?.start, f?.end), pack).toMatch(/answer|an\u00adswer|did not/);
      expect(f?.end ?? 0, pack).toBeLessThanOrEqual(text.length);
    });
  });
  it('the verdict points at its words in the note as given, past an entity', () => {
    const text = 'Client&nbsp;Ana&nbsp;Ruiz. Met with client in person 3/4: attending daily, 95%.';
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(true);
      expect(text.slice(v.reason?.start, v.reason?.end), pack).toBe('Met with');
    });
  });
});
