import { defineRule } from './define';

/** MN Policy 4: review the record at each contact so enrollments match the ISS. */
export const mnRecordReview = defineRule({
  id: 'mn-record-review',
  severity: 'info',
  optIn: true,
  message: 'Note that you reviewed the record: the participant is in the right activities and they match the ISS in Workforce One.',
  docs: 'Minnesota only. Info when a contact note does not mention reviewing the record, the ISS, enrollments or activities.',
  check(_note, ctx) {
    if (!ctx.contact.contactHappened) return [];
    if (ctx.analysis.byTag('record-review').length > 0) return [];
    // The pack's own contact template is the one that asks for the record review.
    const templateId = ctx.pack.contactTemplate;
    return [ctx.flag(templateId ? { fix: { kind: 'use-template', templateId } } : {})];
  },
});
