/**
 * Voices the reader had not met: Spanish mixed into English notes, e-mails pasted with their
 * headers, and group workshops. The examples were written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const MO = PACKS['mo-dwd-toolbox'];
const verdict = (text: string) => checkNote({ text }, { pack: MO, today: '2025-06-01' });
const rules = (text: string) => verdict(text).findings.map((f) => f.rule);

describe('Spanish mixed into an English note', () => {
  it.each([
    ['Hablé con la clienta por teléfono 3/4. Me dijo que está asistiendo a sus clases y pasó el examen de CNA. Va a continuar con el ITA.', 'telephone'],
    ['La clienta vino a la oficina 3/4, platicamos de su búsqueda de trabajo: applied to 3 jobs, entrevista el lunes. Continue services.', 'in-person'],
    ['Clienta me llamó 3/5, dice que started working at Tyson, 32 horas por semana. Cont. follow-up.', 'telephone'],
  ])('counts a contact that connected: %s', (text, type) => {
    expect(verdict(text)).toMatchObject({ qualifies: true, contactType: type, party: 'participant' });
  });

  it.each([
    ['Llamé a la clienta 3/4, no contestó, dejé mensaje.', 'telephone'],
    ['Le hablé a la clienta 3/4 para la revisión de 90 días.', 'telephone'],
    ['Cita 3/4 en la oficina, la clienta no vino.', 'in-person'],
    ['Dejé recado con su mamá 3/4, dice que ella está trabajando en la fábrica y pasó su examen.', 'telephone'],
  ])('does not count an attempt or a call with no outcome: %s', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.contactType).toBe(type);
  });
});

const REPLY = `From: Maria Lopez <mlopez22@gmail.com>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Smith, Jane
Subject: RE: 90 day check in

Hi Jane, I am still in my welding class and I passed my first cert test last week. Thanks`;

const OURS = `From: Smith, Jane <jane.smith@jobs.mo.gov>
Sent: Monday, March 3, 2025 4:40 PM
To: Maria Lopez <mlopez22@gmail.com>
Subject: 90 day check in

Hi Maria, please let me know how your welding class is going and whether you need anything to continue.`;

describe('e-mails pasted with their headers', () => {
  it('the participant writing back with news is a reply by e-mail', () => {
    expect(verdict(REPLY)).toMatchObject({ qualifies: true, contactType: 'email', party: 'participant' });
    expect(verdict(`${REPLY}\n\n${OURS}\n\nContinue ITA.`)).toMatchObject({ qualifies: true, contactType: 'email' });
  });

  it('our own e-mail alone went out and waits for its reply', () => {
    const v = verdict(OURS);
    expect(v).toMatchObject({ qualifies: false, contactType: 'email' });
    expect(rules(OURS)).toContain('response-pending');
    expect(rules(OURS)).not.toContain('contact-type-missing');
  });

  it.each([
    ['an out-of-office answer', 'From: Maria Lopez <mlopez22@gmail.com>\nTo: Smith, Jane\nSubject: Automatic reply: 90 day check in\n\nI am out of the office until 3/10 and will reply when I return. My grades are posted in the portal.'],
    ['an e-mail nobody can place, with no news', 'From: M. Lopez\nTo: J. Smith\nSubject: check in\n\nCan you call me tomorrow?'],
  ])('does not count %s', (_what, text) => {
    expect(verdict(text).qualifies).toBe(false);
  });
});

describe('a From line on its own', () => {
  it('"From client:" above our quoted e-mail is their reply', () => {
    const text = 'From client 5/19:\nHi, I finished my last semester with a 3.5 and graduate 5/16! Interview at Essentia on the 28th.\n-Jenna\n\n> From: Counselor\n> Sent: 5/12\n> Subject: Monthly check-in\n> Hi Jenna, how are your finals going?';
    expect(verdict(text)).toMatchObject({ qualifies: true, contactType: 'email', party: 'participant' });
  });

  it("a provider's forwarded e-mail with nothing in it is a provider's e-mail, not a contact", () => {
    const text = 'Forwarded from instructor 6/3:\n> From: Rick Yates, Welding Instructor, Franklin Technology Center\n> Jason is doing fine.\n> Rick\nCM replied thanking Rick.';
    expect(verdict(text)).toMatchObject({ qualifies: false, contactType: 'email', party: 'provider' });
    expect(rules(text)).not.toContain('contact-type-missing');
  });

  it('a From line that says nobody in particular opens no e-mail', () => {
    expect(verdict('From the file review 5/2: cust attending, passed module 3.').contactType).toBeNull();
  });
});

describe('group workshops and job clubs', () => {
  it('attending a workshop is in person but is not yet a contact with the writer', () => {
    const text = 'Participant attended the Resume Writing workshop at the job center on 3/4.';
    expect(verdict(text)).toMatchObject({ qualifies: false, contactType: 'in-person' });
    expect(rules(text)).not.toContain('contact-type-missing');
  });

  it('talking with the participant at the workshop is', () => {
    const v = verdict('Cust attended job club 3/4. After the session we talked about her applications: 3 sent, 1 interview 3/10. Continue job search services.');
    expect(v).toMatchObject({ qualifies: true, contactType: 'in-person', party: 'participant' });
  });

  it('missing the workshop is a missed visit', () => {
    expect(verdict('Cust did not attend job club 3/4.')).toMatchObject({ qualifies: false, contactType: 'in-person' });
  });
});

describe('terse shorthand', () => {
  it('"cl" is the client', () => {
    expect(verdict('cl called 3/20, started @ Digi-Key $18/hr 40 hrs. cont fu in WF1')).toMatchObject({ qualifies: true, contactType: 'telephone', party: 'participant' });
    expect(verdict('TC - cl wife answered, cl @ work. asked cb.').qualifies).toBe(false);
  });
});
