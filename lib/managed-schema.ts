/**
 * The schema of the agency policy (Chrome/Edge enterprise policy, Firefox
 * policies.json) the manifest names as `storage.managed_schema`. Built here
 * rather than kept as a file so the packs an agency may choose come from the
 * pack registry, and the built-in sites it names from the system registry; `wxt.config.ts` writes it into every build as
 * managed-schema.json. The browser drops values that do not match it; each
 * value is then checked again, with words, by `resolveSettings`.
 */
import { PACK_REGISTRY, type PackRegistry } from './packs';
import { ruleSettingSchema } from './policy/schema';
import type { SettingKey } from './settings';
import { SYSTEM_REGISTRY, type SystemRegistry } from './systems';

type JsonSchema = Record<string, unknown>;

const str = { type: 'string' };

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

/** The schema for the packs of `registry` and the sites of `systems` (the built-in ones, except in tests). */
export function managedSchema(registry: PackRegistry<string> = PACK_REGISTRY, systems: SystemRegistry = SYSTEM_REGISTRY): JsonSchema {
  const ids = registry.ids;
  const builtIn = systems.sites.map((site) => site.label).join('; ');
  const properties: Record<SettingKey | 'lockedSettings', JsonSchema> = {
    pack: {
      title: 'Policy pack for other sites',
      description: `Which policy checks notes on sites that have no state pack of their own: ${ids.map((id) => `${id} (${registry.get(id)?.name ?? id})`).join('; ')}. Unset: the WIOA baseline on other states' Virtual OneStop and America's JobLink, Missouri's pack elsewhere.`,
      type: 'string',
      enum: [...ids],
    },
    intervalDays: {
      title: 'Local contact interval (days)',
      description: 'A stricter local interval between required contacts, 7 to 90 days.',
      type: 'integer',
    },
    dueSoonDays: {
      title: 'Due-soon window (days)',
      description: 'How many days ahead a contact counts as due soon in the popup.',
      type: 'integer',
    },
    ruleOverrides: {
      title: 'Rule overrides',
      description: 'Rule id to off, error, warning or info.',
      type: 'object',
      additionalProperties: { type: 'string', enum: [...ruleSettingSchema.options] },
    },
    templates: {
      title: 'Agency note templates',
      description: 'Templates offered in the sidebar; an id equal to a built-in template replaces it.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          label: str,
          packs: { type: 'array', items: { type: 'string', enum: [...ids] } },
          contactType: str,
          party: str,
          attemptOnly: { type: 'boolean' },
          body: str,
        },
      },
    },
    customSites: {
      title: 'Other case-management sites',
      description: `Match patterns (and optional CSS selectors) for systems other than the built-in ones (${builtIn}).`,
      type: 'array',
      items: {
        type: 'object',
        properties: {
          pattern: str,
          label: str,
          selectors: { type: 'object', properties: { note: str, date: str, contactType: str, submit: str } },
        },
      },
    },
    retentionDays: {
      title: 'Retention (days)',
      description: 'Forget participants not seen for this many days.',
      type: 'integer',
    },
    notifications: { title: 'Daily overdue notification', type: 'boolean' },
    lockedSettings: {
      title: 'Locked settings',
      description: 'Names of the settings above that users may not change.',
      type: 'array',
      items: { type: 'string' },
    },
  };
  return { $schema: 'http://json-schema.org/draft-03/schema#', type: 'object', properties };
}
