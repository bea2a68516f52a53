/**
 * A pack that exists only in tests: written the way a new state's pack is
 * (one file, then one registry line), with choices no built-in pack makes,
 * so a test can tell its data was used.
 */
import type { PackInput } from '../../lib/policy/schema';

export const fakePack = {
  id: 'zz-fake',
  base: 'zz-fake',
  name: 'Zedland — Contact Policy (test only)',
  citations: {
    'contact-type-missing': 'Zedland Policy 7.1 (how the contact was made)',
    'progress-missing': 'Zedland Policy 7.2 (progress)',
    'mn-record-review': 'Zedland Policy 7.3 (record review)',
  },
  interval: { kind: 'days', days: 45, onMiss: 'overdue' },
  acceptedContactTypes: ['in-person', 'telephone'],
  writtenNeedsResponse: true,
  thirdParty: { provider: 'never', alternate: 'never' },
  // Switches on another state's own check, and leaves everything else it does not cite off.
  rules: {
    'mn-record-review': 'warning',
    'pii-in-note': 'off',
    'unsuccessful-attempt': 'off',
    'response-pending': 'off',
    'third-party-insufficient': 'off',
    'justification-missing': 'off',
    'not-substantive': 'off',
    'contact-date-missing': 'off',
    'late-entry': 'off',
    'next-step-missing': 'off',
  },
  phrases: {},
  templates: [{ id: 'zz-visit', label: 'Zedland visit note', contactType: 'in-person', body: 'Visited {{participantName}} on {{date}}. Progress: [[progress]]. Record reviewed.' }],
  contactTemplate: 'zz-visit',
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PackInput;
