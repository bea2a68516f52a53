/**
 * What the last page reads could not take whole ("This page is too large: the
 * first 10,000 rows were read."), for the popup: a caseload page has no coach
 * beside it to say so. One notice per system and kind of page; reading that
 * kind of page again within the limits clears it. Kept where the background
 * puts it (storage.session: it survives the service worker's restarts, never
 * the browser's), so "forget everything" is not needed to clear it. Pure.
 */
import * as z from 'zod';
import { isSizeProblem } from '../adapters/limits';
import type { PageRead } from '../adapters/types';

export interface NoticeStore {
  load(): Promise<unknown>;
  save(value: Record<string, string>): Promise<void>;
}

const PAGE_WORDS: Record<PageRead['page'], string> = {
  caseload: 'The last caseload page read',
  participant: "The last participant's page read",
  'case-notes': 'The last case notes page read',
  'note-editor': 'The last note page read',
  unknown: 'The last page read',
};

export class PageNotices {
  private notices: Map<string, string> | null = null;

  constructor(private readonly store?: NoticeStore) {}

  private async all(): Promise<Map<string, string>> {
    if (!this.notices) {
      const stored = z.record(z.string(), z.string()).safeParse(await this.store?.load().catch(() => undefined));
      this.notices ??= new Map(stored.success ? Object.entries(stored.data) : []);
    }
    return this.notices;
  }

  /** Notes what this read could not take whole, or that it took all of it. */
  async record(read: PageRead): Promise<void> {
    const notices = await this.all();
    const key = `${read.system}|${read.page}`;
    const problems = read.problems.filter(isSizeProblem);
    const text = problems.length ? `${PAGE_WORDS[read.page]}: ${problems.join(' ')}` : null;
    if ((notices.get(key) ?? null) === text) return;
    if (text) notices.set(key, text);
    else notices.delete(key);
    await this.store?.save(Object.fromEntries(notices)).catch(() => undefined);
  }

  async list(): Promise<string[]> {
    return [...(await this.all()).values()];
  }

  async clear(): Promise<void> {
    (await this.all()).clear();
    await this.store?.save({}).catch(() => undefined);
  }
}
