/**
 * The agency policy examples in README.md, pulled out by their
 * `<!-- policy:chrome -->` / `<!-- policy:firefox -->` markers so the tests
 * check exactly what an IT admin would copy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Joined as a path: the happy-dom test environment swaps in its own URL class.
export const README_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');
export const FIREFOX_ID = 'case-note-coach@example.org';
export const CHROME_ID_PLACEHOLDER = '<extension-id>';

export type PolicyExample = 'chrome' | 'firefox';

/** The JSON text of the fenced block right after the marker. */
export function policyExampleText(which: PolicyExample, readme = readFileSync(README_PATH, 'utf8')): string {
  const marker = `<!-- policy:${which} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no ${marker}`);
  const m = /^\s*```json\n([\s\S]*?)\n```/.exec(readme.slice(at + marker.length));
  if (!m?.[1]) throw new Error(`No \`\`\`json block right after ${marker}`);
  return m[1];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function dig(value: unknown, path: string[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (!isRecord(at) || !(key in at)) throw new Error(`policy example has no ${path.join('.')}`);
    at = at[key];
  }
  return at;
}

/** The object the browser hands the extension as managed storage. */
export function extensionPolicy(which: PolicyExample, readme?: string): Record<string, unknown> {
  const file: unknown = JSON.parse(policyExampleText(which, readme));
  const inner =
    which === 'chrome' ? dig(file, ['3rdparty', 'extensions', CHROME_ID_PLACEHOLDER]) : dig(file, ['policies', '3rdparty', 'Extensions', FIREFOX_ID]);
  if (!isRecord(inner)) throw new Error(`the ${which} example's extension entry is not an object`);
  return inner;
}

/** The Chrome example as a file for one installed extension id. */
export function chromePolicyFile(extensionId: string, readme?: string): string {
  return policyExampleText('chrome', readme).split(CHROME_ID_PLACEHOLDER).join(extensionId);
}
