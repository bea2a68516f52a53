/**
 * Runs code in our content script's isolated world (not the page's main world),
 * through the Chrome DevTools Protocol: the place a compromised or hostile
 * frame would have to reach to use the extension's APIs.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

export interface IsolatedWorld {
  /** Evaluates `expression` (awaited, returned by value) in the newest content-script world of the page's top frame. */
  run<T = unknown>(expression: string): Promise<T>;
  /** chrome.runtime.sendMessage from that world; a throw comes back as `{ ok: false, error: 'threw: …' }`. */
  ask(message: unknown): Promise<{ ok: boolean; error?: string; result?: unknown }>;
}

/** Call before navigating: contexts are reported as frames load. */
export async function watchContentScriptWorld(context: BrowserContext, page: Page, extensionName = 'Case Note Coach'): Promise<IsolatedWorld> {
  const cdp = await context.newCDPSession(page);
  const live = new Map<number, ExecutionContext>();
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => live.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => live.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => live.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const top = frameTree.frame.id;

  const world = () => {
    const ours = [...live.values()].filter((c) => c.name === extensionName && c.auxData?.frameId === top && c.auxData.isDefault === false);
    const newest = ours.at(-1);
    if (!newest) throw new Error(`no ${extensionName} content-script world in the top frame`);
    return newest.id;
  };
  const run = async <T,>(expression: string): Promise<T> => {
    const answer = (await cdp.send('Runtime.evaluate', { expression, contextId: world(), awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
    return answer.result.value as T;
  };
  return {
    run,
    ask: (message) =>
      run(`chrome.runtime.sendMessage(${JSON.stringify(message)}).then((a) => a ?? { ok: false, error: 'no answer' }, (e) => ({ ok: false, error: 'threw: ' + e.message }))`),
  };
}
