// @vitest-environment node
/** The timelines' schedule rules (lib/cli/audit/timeline.ts), built without zod, are what the schedule's schema makes of each pack's interval. */
import { describe, expect, it } from 'vitest';
import { scheduleRulesOf } from '../../../lib/cli/audit/timeline';
import { BUILT_IN_PACKS } from '../../../lib/packs/builtin';
import type { PolicyPack } from '../../../lib/policy/schema';
import { scheduleRulesSchema } from '../../../lib/schedule/rules';

const withInterval = (interval: PolicyPack['interval']): PolicyPack => ({ ...BUILT_IN_PACKS['mo-dwd-toolbox'], interval });

describe('scheduleRulesOf', () => {
  it.each([
    ...Object.values(BUILT_IN_PACKS).map((p) => [p.id, p] as const),
    ['60 days, overdue', withInterval({ kind: 'days', days: 60, onMiss: 'overdue' })] as const,
  ])('%s: the rules scheduleRulesSchema gives its interval, defaults included', (_name, pack) => {
    const expected =
      pack.interval.kind === 'days'
        ? scheduleRulesSchema.parse({ kind: 'days', days: pack.interval.days, softExit: pack.interval.onMiss === 'soft-exit' })
        : scheduleRulesSchema.parse({ kind: 'calendar-month' });
    expect(scheduleRulesOf(pack)).toStrictEqual(expected);
  });
});
