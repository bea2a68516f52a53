/** What every demo system's routes share: answering, redirecting, reading a posted form, a typed US date. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isValid, parse } from 'date-fns';
import type { DemoData } from './data';
import type { SavedPage } from './saved';

const MAX_BODY = 8 * 1024 * 1024;

/** One server run: its data (Toolbox's and Workforce One's people, as /__state shows them) and its "today". */
export interface DemoRun {
  data: DemoData;
  today: Date;
}

/** Answers a request for one of a system's pages; false when the path is not one of its. */
export type DemoRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/**
 * One system's demo, in tests/demo/systems/<id>.ts where <id> is the system's id in the registry
 * (lib/systems): the server serves and lists every registered system's demo and nothing else.
 */
export interface DemoSystem {
  /** Its entries on the demo's start page: list items (HTML). */
  index: string;
  /** Its routes for one server run (a run makes its own people, so saved notes stay in that run). */
  start(run: DemoRun): DemoRoutes;
  /** Pages `npm run demo -- --headless` screenshots, in order. */
  screenshots?: readonly DemoShot[];
  /**
   * The pages saved for its reader's tests (tests/fixtures/<id>/, by tests/fixtures/save-fixtures.ts),
   * rendered from this run's data for a fixed "today" (the one list of a system's saved pages).
   */
  savedPages?(run: DemoRun): readonly SavedPage[];
}

/** A screenshot of one demo page; `note`, typed into the page's note box, shows the coach at work. */
export interface DemoShot {
  name: string;
  path: string;
  note?: { type?: { select: string; value: string }; date?: string; open?: string; field: string; text: string };
}

export function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): true {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

export function redirect(res: ServerResponse, status: 302 | 303, location: string): true {
  res.writeHead(status, { location });
  res.end();
  return true;
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** A date typed MM/DD/YYYY, as the demo forms require; null for anything else. */
export function parseUsDate(text: string): Date | null {
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(text.trim())) return null;
  const d = parse(text.trim(), 'MM/dd/yyyy', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

export const findPerson = <P extends { id: string }>(list: readonly P[], id: string | null): P | undefined => list.find((p) => p.id === id);
