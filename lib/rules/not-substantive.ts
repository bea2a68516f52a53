import { defineRule, templateFor } from './define';

/** MO §2: "Entries should be substantive and related to the customer's Individual Employment Plan." */
export const notSubstantive = defineRule({
  id: 'not-substantive',
  severity: 'warning',
  message: 'This note is too thin to show what happened. Say what was discussed, how the customer is doing, and what happens next.',
  docs: 'Fires on a contact whose note has fewer meaningful words than the pack\'s minimum (8 by default), or relies on boilerplate ("touched base", "no change", "doing fine", "monthly contact made") without any concrete progress. Attempt-only notes are exempt; short "LM" notes are normal.',
  check(_note, ctx) {
    const a = ctx.analysis;
    // Attempts, letters awaiting a reply and plans are short by nature; a note that records no contact at
    // all ("Checked in.", "See note of 3/4", an unfilled template) is thin whatever its contact type.
    const bare = ctx.contact.noContactStory && a.progressEvidence === 0;
    const blank = ctx.contact.blank;
    if (!ctx.contact.contactHappened && !bare && !blank) return [];
    if (blank) return [ctx.flag({ start: blank.start, end: blank.end, message: 'Fill in the template blanks: the note does not yet say what happened.' })];
    const boiler = a.byTag('boilerplate')[0];
    const strong = a.progressEvidence;
    if (a.contentWords >= ctx.pack.minSubstantiveWords && !(boiler && strong === 0)) return [];
    return [ctx.flag({ ...(boiler ? { start: boiler.start, end: boiler.end } : {}), fix: { kind: 'use-template', templateId: templateFor(ctx) } })];
  },
});
