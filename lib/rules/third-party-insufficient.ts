import type { Party } from '../model';
import { thirdPartyEnough } from '../policy/qualifies';
import { defineRule } from './define';

const WHO: Record<Party, string> = {
  participant: 'the participant',
  provider: 'the training or activity provider',
  alternate: 'an alternate contact',
  other: 'someone other than the participant or a provider',
};

/**
 * MO §2.2: a provider contact must document progress and justification; an
 * alternate only counts with "considerable and substantive knowledge". MN
 * Policy 6: contacts with parents, schools and employers are recorded, but the
 * monthly contact is with the participant (the pack marks them record-only).
 */
export const thirdPartyInsufficient = defineRule({
  id: 'third-party-insufficient',
  severity: 'error',
  message: "A contact with a provider or alternate contact counts only when it documents the customer's progress in detail (attendance, grades, hours, completion), and a provider's also why services continue.",
  docs: "Fires when the contact was with a provider (instructor, school, college, employer, worksite supervisor) or an alternate contact (parent, spouse, guardian) and does not document the participant's progress substantively (and, for a provider, why services continue). In the Minnesota pack such contacts are recorded but never replace the monthly participant contact, so the finding there is an info reminder.",
  check(_note, ctx) {
    const c = ctx.contact;
    if (!c.contactHappened || c.party === null || c.party === 'participant') return [];
    const mention = ctx.analysis.parties.find((p) => p.party === c.party && !p.possessive);
    // Extras are merged with Object.assign, not spread (slow in V8; checkNote runs for every note); the finding's keys keep their order.
    const span = mention ? { start: mention.start, end: mention.end } : {};
    const templateId = c.party === 'alternate' ? 'alternate' : 'provider';
    if (c.party === 'other') {
      return [ctx.flag(Object.assign({ message: `This contact was with ${WHO.other}; it does not count as a case management contact with the customer.` }, span))];
    }
    const treatment = ctx.pack.thirdParty[c.party];
    if (treatment === 'record-only') {
      return [
        ctx.flag(Object.assign({ message: `Good to record this contact with ${WHO[c.party]}, but it does not replace the monthly contact with the participant.` }, span)),
      ];
    }
    if (treatment === 'never') {
      return [ctx.flag(Object.assign({ message: `Under this policy a contact with ${WHO[c.party]} does not count; contact the participant.` }, span))];
    }
    if (thirdPartyEnough(ctx.analysis, c.party, c.substantiveProgress)) return [];
    return [ctx.flag(Object.assign(span, { fix: { kind: 'use-template' as const, templateId } }))];
  },
});
