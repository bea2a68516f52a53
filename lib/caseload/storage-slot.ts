/**
 * One key of a key-value storage area (the extension's storage.local or storage.session, or a
 * test's stand-in), read and written whole: how the settings, the frames' record and the page
 * notices are kept. What comes back is unknown until its owner parses it.
 */
interface KeyedArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface StorageSlot<T> {
  load(): Promise<unknown>;
  save(value: T): Promise<void>;
}

export function storageSlot<T>(area: KeyedArea, key: string): StorageSlot<T> {
  return {
    load: async () => (await area.get(key))[key],
    save: (value) => area.set({ [key]: value }),
  };
}
