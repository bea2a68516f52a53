import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../lib/templates/templates';
import { fillTemplate, findBlanks } from '../../lib/templates/fill';
import { checkNote } from '../../lib/rules';
import { PACK_IDS, PACKS } from '../../lib/packs';

/** What a case manager types into each blank, by its label. */
const ANSWERS: [RegExp, string][] = [
  [/where you met/, 'the job center'],
  [/attendance|grades|hours/, 'attending all classes, grade B average, 120 of 160 clinical hours completed'],
  [/why continuing/, 'the participant is on track to finish the certificate and needs it for the IEP goal'],
  [/next step/, 'follow-up telephone call on 12/20/2026'],
  [/provider name/, 'Ms. Ruiz, CNA program instructor'],
  [/name and relationship/, 'Maria Lopez, mother'],
  [/date sent/, '11/18/2026'],
  [/no answer/, 'no answer, left a voicemail'],
  [/next attempt/, 'try again by phone on 11/27/2026, then a letter'],
  [/enrollments current/, 'enrollments current, ISS updated'],
  [/grades, schedules/, 'fall grades and attendance sheet added'],
];

function complete(text: string): string {
  let out = text;
  for (const blank of findBlanks(text).reverse()) {
    const answer = ANSWERS.find(([re]) => re.test(blank.label))?.[1];
    if (!answer) throw new Error(`no answer for blank "${blank.label}"`);
    out = out.slice(0, blank.start) + answer + out.slice(blank.end);
  }
  return out;
}

const values = { participantName: 'Dana Whitfield', activity: 'CNA training', date: '11/20/2026' };

describe('templates, once completed, pass the rules of their pack', () => {
  // The built-in templates under every pack, and each pack's own templates under that pack.
  const cases = [
    ...BUILT_IN_TEMPLATES.flatMap((template) => PACK_IDS.map((packId) => ({ template, packId }))),
    ...PACK_IDS.flatMap((packId) => PACKS[packId].templates.map((template) => ({ template, packId }))),
  ];
  for (const { template, packId } of cases) {
    {
      it(`${template.label} (${packId})`, () => {
        const text = complete(fillTemplate(template, values).text);
        expect(findBlanks(text)).toEqual([]);
        const verdict = checkNote(
          { text, contactType: template.contactType, contactDate: '2026-11-20', hasDateField: true },
          { pack: PACKS[packId], today: '2026-11-25' },
        );
        const problems = verdict.findings.filter((f) => f.severity !== 'info');
        if (template.attemptOnly) {
          // An attempt is documented honestly: it never counts as the contact, and it is not an error to record it.
          expect(verdict.qualifies).toBe(false);
          expect(problems).toEqual([]);
          expect(verdict.findings.map((f) => f.rule)).toContain('unsuccessful-attempt');
        } else {
          expect(problems).toEqual([]);
          expect(verdict.contactType).toBe(template.contactType);
          expect(verdict.party).toBe(template.party);
        }
      });
    }
  }
});
