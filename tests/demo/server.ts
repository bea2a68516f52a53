/**
 * The bundled demo systems on 127.0.0.1: one stand-in per system in the registry
 * (lib/systems), each in tests/demo/systems/<id>.ts, found by the system's id, so a
 * new system's demo is served and listed on the start page with no edit here.
 * Saved notes live in memory so the save round-trip really happens.
 * `npm run demo:server` runs it alone; tests import `startDemoServer`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { SYSTEM_IDS } from '../../lib/systems';
import { makeDemoData } from './data';
import type { DemoData } from './data';
import { esc } from './html';
import { send, type DemoRoutes, type DemoSystem } from './http';

export const DEFAULT_PORT = 4817;

export interface DemoServer {
  url: string;
  data: DemoData;
  close(): Promise<void>;
}

/** Each system's demo (tests/demo/systems/<id>.ts), in the registry's order; a registered system without one is an error. */
export async function demoSystems(ids: readonly string[] = SYSTEM_IDS): Promise<DemoSystem[]> {
  return Promise.all(
    ids.map(async (id) => {
      const mod = (await import(`./systems/${id}.ts`).catch((error: unknown) => {
        throw new Error(`system "${id}" has no demo (tests/demo/systems/${id}.ts): ${String(error)}`);
      })) as { demo?: DemoSystem };
      if (!mod.demo) throw new Error(`tests/demo/systems/${id}.ts exports no demo`);
      return mod.demo;
    }),
  );
}

function index(demos: readonly DemoSystem[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case Note Coach demo systems</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto">
<h1>Demo legacy systems</h1>
<p>Stand-ins for the state systems Case Note Coach reads. Data is fictional and kept in memory.</p>
<ul>
${demos.map((d) => d.index).join('\n')}
</ul></body></html>`;
}

export function createDemoHandler(data: DemoData, demos: readonly DemoSystem[], today: Date = new Date()) {
  const routes: DemoRoutes[] = demos.map((d) => d.start({ data, today }));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path === '/') return void send(res, 200, index(demos));
    if (path === '/__state') return void send(res, 200, JSON.stringify(data), 'application/json');
    for (const route of routes) if (await route(req, res, url)) return;
    send(res, 404, `<html><body>Not found: ${esc(path)}</body></html>`);
  };
}

/** `systems`: the registered ids whose demos to serve (a test's own registry); the product's registry by default. */
export async function startDemoServer(options: { port?: number; today?: Date; systems?: readonly string[] } = {}): Promise<DemoServer> {
  const today = options.today ?? new Date();
  const data = makeDemoData(today);
  const handler = createDemoHandler(data, await demoSystems(options.systems), today);
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `<html><body>Server error: ${esc(String(error))}</body></html>`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    data,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const server = await startDemoServer({ port });
  console.log(`Demo systems running at ${server.url}/ (the start page links each one).`);
}
