import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/text/analyze';
import { normaliseContactType } from '../../lib/text/contact-type';
import { createMatcher } from '../../lib/text/matcher';
import { tokenize } from '../../lib/text/tokenize';

const read = (t: string) => analyzeText(t);
const spans = (t: string, tag: Parameters<ReturnType<typeof read>['byTag']>[0]) => read(t).byTag(tag).map((m) => t.slice(m.start, m.end));

describe('tokenizer', () => {
  it('keeps offsets, strips possessives and splits clauses at sentence ends', () => {
    const toks = tokenize("Cust's instructor: 3.5 GPA. TC w/ cust");
    expect(toks.map((t) => t.text)).toEqual(['cust', 'instructor', '3.5', 'gpa', 'tc', 'w', 'cust']);
    expect(toks[0]?.possessive).toBe(true);
    expect(toks[4]?.clause).toBe(1);
    expect(toks[2]?.clause).toBe(0);
  });
});

describe('vocabulary', () => {
  it.each([
    ['TC w/ cust', 'telephone'],
    ['tc w cust', 'telephone'],
    ['PC with ptcp', 'telephone'],
    ['spoke with cust by phone', 'telephone'],
    ['OV', 'in-person'],
    ['this writer met with Jane', 'in-person'],
    ['cust came in', 'in-person'],
    ['in-person contact', 'in-person'],
    ['Sent letter', 'letter'],
    ['mailed', 'letter'],
    ['EM to cust', 'email'],
    ['e-mail to cust', 'email'],
    ['text message to cust', 'email'],
    ['telephon call', 'telephone'],
  ])('%s → %s', (text, type) => {
    expect(read(text).textContactType).toBe(type);
  });

  it.each(['no answer', 'left message', 'LM', 'LMOM', 'VM', 'voicemail', 'voicemial', 'lft msg', 'number disconnected', 'wrong number', 'mail returned', 'no-show', 'did not show', 'not reached', 'unable to reach'])(
    '"%s" is an unsuccessful attempt',
    (text) => {
      const a = read(`Cust ${text}.`);
      expect(a.attempts.length).toBeGreaterThan(0);
      expect(a.anySuccess).toBe(false);
    },
  );

  it.each([
    ['TC w/ cust, attending', 'participant'],
    ['this writer met with Maria', 'participant'],
    ["TC w/ cust's instructor", 'provider'],
    ['Called the training provider', 'provider'],
    ['Spoke with worksite supervisor by phone', 'provider'],
    ["Cust's mother called", 'alternate'],
    ['TC with guardian', 'alternate'],
    ['Met with alternate contact', 'alternate'],
  ])('%s → party %s', (text, party) => {
    expect(read(text).party).toBe(party);
  });

  it('reads a response, progress, justification and next step', () => {
    const t = 'Cust wrote back: attending, GPA 3.1, no progress to report on clinicals. Will continue ITA. Next TC 30 days.';
    expect(read(t).events.some((e) => e.response)).toBe(true);
    expect(spans(t, 'progress:strong')).toEqual(['attending', 'GPA', 'no progress to report', 'clinicals']);
    expect(spans(t, 'justification')).toContain('Will continue');
    expect(spans(t, 'next-step')).toContain('Next TC');
  });

  it('treats negated contact as an attempt but negated progress as progress', () => {
    expect(read('customer was not reached').anySuccess).toBe(false);
    expect(read('Cust did not come in').anySuccess).toBe(false);
    expect(spans('cust did not attend class', 'progress:strong')).toEqual(['attend']);
  });

  it('does not read future or requested contacts as contacts', () => {
    expect(read('Scheduled OV for 4/2').events).toEqual([]);
    expect(read('Will call cust next week').events).toEqual([]);
    expect(read('asked cust to come in').events).toEqual([]);
    expect(read('Emailed cust the phone number of the instructor').textContactType).toBe('email');
  });

  it('repairs one-letter typos only for long words, and only when unambiguous', () => {
    const m = createMatcher();
    expect(m.canonical('voicemial')).toBe('voicemail');
    expect(m.canonical('particpant')).toBe('participant');
    expect(m.canonical('attendng')).toBe('attending');
    expect(m.canonical('contract')).toBe('contract');
    expect(m.canonical('failed')).toBe('failed');
  });

  it('reads program abbreviations: ITA, IEP, ISS as justification, NCRC as progress, WEX/OST as the activity', () => {
    const t = 'OV: cust earned NCRC silver, WEX at library, OST next term, cont ITA per IEP and ISS.';
    expect(spans(t, 'justification')).toEqual(expect.arrayContaining(['cont', 'ITA', 'IEP', 'ISS']));
    expect(spans(t, 'progress:strong')).toContain('NCRC');
    expect(spans(t, 'record-review')).toEqual(expect.arrayContaining(['WEX', 'OST']));
  });

  it('accepts extra phrases from a pack', () => {
    const extra = { 'mode:in-person': ['lobby check-in'] };
    expect(analyzeText('Lobby check-in w/ cust, attending', extra).textContactType).toBe('in-person');
  });
});

describe('contact-type drop-down', () => {
  it.each([
    ['Telephone', 'telephone'],
    ['In Person', 'in-person'],
    ['E-mail', 'email'],
    ['Letter', 'letter'],
    ['office visit', 'in-person'],
    ['', null],
  ])('%j → %s', (v, t) => {
    expect(normaliseContactType(v)).toEqual({ ok: true, contactType: t });
  });
  it('refuses to guess an unknown value', () => {
    expect(normaliseContactType('Carrier pigeon').ok).toBe(false);
  });
});
