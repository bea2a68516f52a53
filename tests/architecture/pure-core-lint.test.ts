/**
 * lib/ is a pure core (ARCHITECTURE.md): ESLint refuses browser.* and chrome.* there, and the
 * network and page storage everywhere. Checked on the real config, so a block added after the
 * core's cannot quietly loosen it again (a later flat-config block wins for the same rule).
 */
// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'tests/eslint.config.js' });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the lint rules that keep the layers honest', () => {
  it('refuse the extension APIs in lib/', async () => {
    expect(await restricted('export const id = browser.runtime.id;\n', 'lib/overlay/zz-probe.ts')).toHaveLength(1);
    expect(await restricted('export const id = chrome.runtime.id;\n', 'lib/zz-probe.ts')).toHaveLength(1);
  });

  it('allow them in the shells, and refuse the network everywhere', async () => {
    expect(await restricted('export const id = browser.runtime.id;\n', 'entrypoints/zz-probe.ts')).toEqual([]);
    for (const file of ['lib/zz-probe.ts', 'components/zz-probe.ts', 'entrypoints/zz-probe.ts']) {
      expect(await restricted("export const p = fetch('/x');\n", file), file).toHaveLength(1);
    }
  });
});
