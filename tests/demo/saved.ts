/**
 * What a system's demo needs to describe its saved pages (tests/fixtures/<id>/, written by
 * tests/fixtures/save-fixtures.ts): the page, the address it stands for, and ways to spoil a good
 * page the way real pages go wrong.
 */
export interface SavedPage {
  file: string;
  url: string;
  html: string;
}

/** The demo host as the saved pages name it (the default port of `npm run demo:server`). */
export const SAVED_HOST = 'http://127.0.0.1:4817';

/** Replaces exactly one occurrence, so a saved page never drifts silently. */
export function spoil(html: string, from: string, to: string): string {
  const count = html.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in the page, found ${count}`);
  return html.replace(from, to);
}

/** The calendar day `n` days before `today`. */
export const daysBefore = (today: Date, n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);

export function byId<P extends { id: string }>(list: readonly P[], id: string): P {
  const p = list.find((x) => x.id === id);
  if (!p) throw new Error(`no demo participant ${id}`);
  return p;
}
