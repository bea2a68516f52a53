import { defineRule } from './define';

/** Personal identifiers stay out of case notes (Illinois workNet case-note guidance). */
export const piiInNote = defineRule({
  id: 'pii-in-note',
  severity: 'error',
  message: 'Remove the Social Security number from the note; it belongs only in the protected part of the record.',
  docs: 'Fires on a Social Security number (123-45-6789, 123 45 6789, or nine digits after "SSN"/"SS#"/"social security") and on a date of birth beside "DOB"/"date of birth" (after it, or just before it in the same sentence: "01/02/1980 (her DOB)"), also inside a template blank. The span covers the identifier so it can be deleted.',
  check(_note, ctx) {
    return ctx.analysis.pii.map((p) =>
      ctx.flag({
        start: p.start,
        end: p.end,
        ...(p.kind === 'dob' ? { message: 'Remove the date of birth from the note; it belongs only in the protected part of the record.' } : {}),
      }),
    );
  },
});
