import { defineRule } from './define';

/** MN Policy 3: grades, schedules, attendance records and test results go in the client record. */
export const mnSupportingDocs = defineRule({
  id: 'mn-supporting-docs',
  severity: 'info',
  optIn: true,
  message: 'Put the grades, schedule, attendance record or test results mentioned here in the client record, and say so in the note.',
  docs: 'Minnesota only. Info when a contact note mentions grades, schedules, attendance, test results or transcripts but not that a copy was attached, uploaded or placed in the file.',
  check(_note, ctx) {
    if (!ctx.contact.contactHappened) return [];
    const a = ctx.analysis;
    const evidence = a.byTag('supporting-evidence')[0];
    if (!evidence || a.byTag('docs-attached').length > 0) return [];
    return [ctx.flag({ start: evidence.start, end: evidence.end })];
  },
});
