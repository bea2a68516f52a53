/**
 * Options shows the background's answer to a change as it is: "Not saved:
 * dueSoonDays: Too small: expected number to be >=0" named neither the field
 * the case manager typed in nor what it takes. A number out of range, or no
 * number at all, now says both, in the field's own words.
 */
import { describe, expect, it } from 'vitest';
import { settingsService } from '../../lib/caseload/settings-service';
import type { SettingsChange } from '../../lib/settings';

function setSetting(patch: unknown) {
  let local: unknown;
  const { handlers } = settingsService(
    {
      getLocal: async () => local,
      setLocal: async (v) => {
        local = v;
      },
      getManaged: async () => undefined,
    },
    () => undefined,
  );
  return handlers['settings-set']({ kind: 'settings-set', patch: patch as SettingsChange });
}

describe('a number setting out of range', () => {
  it.each([
    [{ dueSoonDays: -5 }, 'Show as due soon within (days): a whole number of days from 0 to 60.'],
    [{ dueSoonDays: 2.5 }, 'Show as due soon within (days): a whole number of days from 0 to 60.'],
    [{ dueSoonDays: null }, 'Show as due soon within (days): a whole number of days from 0 to 60.'],
    [{ intervalDays: 400 }, "Local contact interval in days: a whole number of days from 7 to 90, or blank for the pack's own."],
    [{ retentionDays: 0 }, 'Forget participants not seen for (days): a whole number of days from 1 to 3650, or blank to keep them.'],
  ])('says which field and what it takes: %j', async (patch, words) => {
    expect((await setSetting(patch)).error).toBe(words);
  });

  it('still saves a good value', async () => {
    expect((await setSetting({ dueSoonDays: 21 })).error).toBeNull();
  });
});
