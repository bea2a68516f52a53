import { progressFigures } from '../text/progress-figures';
import { defineRule, documentsContact, templateFor } from './define';

/** MO §2 and §2.2 require the customer's progress in the enrolled activity; MN Policy 3 the "results". */
export const progressMissing = defineRule({
  id: 'progress-missing',
  severity: 'error',
  message: "Describe the customer's progress in the activity they are enrolled in (attendance, grades, hours, modules completed, or \"no progress to report\").",
  docs: 'Fires on a contact that connected but says nothing about progress: attending, attendance, grades/GPA, hours, completed or passed, on track, modules, clinicals, certificates, job search or work. "Did not attend" and "no progress to report" still count as progress documentation.',
  check(note, ctx) {
    // A note that records no contact at all ("Checked in with client.") is held to the same standard; one whose
    // contact the verdict refused for want of the participant is asked for that first (documentsContact).
    if (!documentsContact(ctx)) return [];
    const a = ctx.analysis;
    if (a.progressEvidence + a.byTag('progress:weak').length > 0) return [];
    // Progress told in a figure or a phrase the vocabulary has no word for ("B in all class", "11 of 12 sessions").
    if (progressFigures(note.text)) return [];
    return [ctx.flag({ fix: { kind: 'use-template', templateId: templateFor(ctx) } })];
  },
});
