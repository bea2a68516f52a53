/**
 * Failures the case manager should know about, in words (a draft not kept, a
 * page not recorded): one per source, replaced as it changes and cleared when
 * the source recovers. The panel lists them after the page's own problems.
 */
export class Notices {
  private readonly bySource = new Map<string, string>();
  private shown: readonly string[] = [];

  /** What the panel lists, in the order the sources first spoke. */
  get list(): readonly string[] {
    return this.shown;
  }

  /** Sets (or, with null, clears) one source's notice; true when the list changed. */
  set(source: string, message: string | null): boolean {
    if (message === null) this.bySource.delete(source);
    else this.bySource.set(source, message);
    const next = [...this.bySource.values()];
    if (next.length === this.shown.length && next.every((m, i) => m === this.shown[i])) return false;
    this.shown = next;
    return true;
  }
}
