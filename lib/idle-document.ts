/**
 * One document kept open on demand and closed once idle: Chrome's service worker reads a page left
 * before its reader came in an offscreen document, and a click-through reads many pages in a row.
 * The document is made before the first piece of work, shared by work that overlaps, never closed
 * under work still running, and closed `idleMs` after the last work ends. The shell passes in how
 * to make and close it (browser APIs stay out of lib/).
 */
interface DocumentHandle {
  /** Makes the document; one left by an earlier worker counts as made (the shell's create says so by resolving). */
  create(): Promise<void>;
  close(): Promise<void>;
}

interface IdleDocument {
  /** Runs `work` with the document open. */
  use<T>(work: () => Promise<T>): Promise<T>;
  /** Closes the document `idleMs` from now unless work comes first (a worker closing what its predecessor left). */
  closeWhenIdle(): void;
}

export function idleDocument(handle: DocumentHandle, idleMs: number): IdleDocument {
  let opening: Promise<void> | null = null;
  let closing: Promise<void> | null = null;
  let open = false;
  /** Work under way: the document is never closed under it. */
  let working = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function closeWhenIdle(): void {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (working) return;
      open = false;
      // Nothing open (none made since this worker started, and none left by an earlier one) is not a failure.
      closing = handle
        .close()
        .catch(() => undefined)
        .finally(() => (closing = null));
    }, idleMs);
  }

  async function use<T>(work: () => Promise<T>): Promise<T> {
    clearTimeout(idle);
    working += 1;
    try {
      // A close still under way would take the new work's document with it.
      if (closing) await closing;
      if (!open) {
        opening ??= handle
          .create()
          .then(() => void (open = true))
          .finally(() => (opening = null));
        await opening;
      }
      return await work();
    } finally {
      working -= 1;
      if (!working) closeWhenIdle();
    }
  }

  return { use, closeWhenIdle };
}
