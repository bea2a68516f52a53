/** axe-core in a real page: injected with evaluate (extension-page CSP does not apply to it). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/**
 * Runs axe on the page (or just `include`: a selector such as the sidebar host, or a path into shadow roots,
 * host first, such as [SIDEBAR, '.cnc-panel']) and returns readable violations.
 */
export async function axe(scope: Page | Frame, include?: string | string[]): Promise<string[]> {
  await scope.evaluate(AXE_SOURCE);
  const violations = await scope.evaluate(
    async ([include, tags]) => {
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const context = include ? { include: [typeof include === 'string' ? include : { fromShadowDom: include }] } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    },
    [include ?? null, TAGS] as const,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)} — ${n.failureSummary ?? ''}`));
}

