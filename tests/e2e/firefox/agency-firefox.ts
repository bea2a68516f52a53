/**
 * A Firefox whose install folder holds an agency's distribution/policies.json,
 * made for one test: every file of Debian's /usr/lib/firefox-esr linked in,
 * the launcher copied (Firefox finds its folder from the binary's real path),
 * and a `distribution` folder of its own. This is the place the README names
 * ("the distribution folder next to Firefox"), without touching the machine's
 * /etc/firefox/policies, which every Firefox on the machine reads.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIREFOX_PATH } from '../driver/firefox';

export interface PolicyFirefox {
  executablePath: string;
  remove(): void;
}

/** The policy files Linux Firefox reads before the distribution folder; one there would win over ours. */
export const SYSTEM_POLICY_FILES = ['/etc/firefox/policies/policies.json', '/etc/firefox-esr/policies/policies.json'];

export function firefoxWithPolicies(policiesJson: string): PolicyFirefox {
  const binary = realpathSync(FIREFOX_PATH);
  const install = dirname(binary);
  const dir = mkdtempSync(join(tmpdir(), 'cnc-ff-install-'));
  for (const name of readdirSync(install)) {
    if (name === 'distribution' || join(install, name) === binary) continue;
    symlinkSync(join(install, name), join(dir, name));
  }
  const executablePath = join(dir, 'firefox-esr');
  copyFileSync(binary, executablePath);
  chmodSync(executablePath, 0o755);
  mkdirSync(join(dir, 'distribution'));
  // Keep what Debian ships there (search engines), beside the policy.
  if (existsSync(join(install, 'distribution'))) {
    for (const name of readdirSync(join(install, 'distribution'))) symlinkSync(join(install, 'distribution', name), join(dir, 'distribution', name));
  }
  writeFileSync(join(dir, 'distribution', 'policies.json'), policiesJson);
  return { executablePath, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
