import { defineRule } from './define';

/** Texas's "CRITICAL" note standard (TWIST Counselor Notes Guidelines) and Chicago Cook Workforce Partnership's four elements ask for the next step; optional, so info. */
export const nextStepMissing = defineRule({
  id: 'next-step-missing',
  severity: 'info',
  message: 'Add the next step: when you will contact the customer next and what should happen by then.',
  docs: 'Optional good practice from other states\' guides (Texas CRITICAL, Chicago Cook\'s four elements). Info when a contact note has no follow-up, next contact, appointment or "will …" step.',
  check(_note, ctx) {
    if (!ctx.contact.contactHappened) return [];
    if (ctx.analysis.byTag('next-step').length > 0) return [];
    return [ctx.flag()];
  },
});
