/**
 * Which participant each frame's page last showed, and on which origin: what the gate answers a
 * content script's status and draft requests for, since the script never names a participant.
 */
import * as z from 'zod';
import { systemIdSchema } from '../model';

/** Who a frame's page showed, and on which origin (a frame that navigates elsewhere starts over). */
const frameRecordSchema = z.object({
  origin: z.string(),
  system: systemIdSchema.nullable(),
  participantId: z.string().nullable(),
});
export type FrameRecord = z.infer<typeof frameRecordSchema>;

/** Where the records survive a service-worker restart (the background uses storage.session: no content-script access). */
interface FrameStore {
  load(): Promise<unknown>;
  save(frames: Record<string, FrameRecord>): Promise<void>;
}

/** Frames seen at once; the oldest is forgotten first if closed tabs were missed. */
const MAX_FRAMES = 500;

export class FrameMemory {
  private readonly frames = new Map<string, FrameRecord>();
  private readonly ready: Promise<void>;
  /** Reads on their way to `remember`, by frame: what a frame shows is told only once its latest read is in. */
  private readonly reading = new Map<string, Promise<unknown>>();

  constructor(private readonly store?: FrameStore) {
    this.ready = store
      ? store
          .load()
          .then((value) => {
            const parsed = z.record(z.string(), frameRecordSchema).safeParse(value);
            if (parsed.success) for (const [frame, record] of Object.entries(parsed.data)) this.frames.set(frame, record);
          })
          .catch(() => undefined)
      : Promise.resolve();
  }

  async get(frame: string): Promise<FrameRecord | undefined> {
    await this.ready;
    // A frame that moved to another participant's page asks for their status as its read goes out: never the last one's.
    for (let pending = this.reading.get(frame); pending; pending = this.reading.get(frame)) await pending;
    return this.frames.get(frame);
  }

  /** A read of this frame on its way to `remember` (`work`): `get` for the frame waits for it, failed or not. */
  async noting<T>(frame: string, work: Promise<T>): Promise<T> {
    const settled = work.then(() => undefined, () => undefined);
    this.reading.set(frame, settled);
    try {
      return await work;
    } finally {
      if (this.reading.get(frame) === settled) this.reading.delete(frame);
    }
  }

  async remember(frame: string, record: FrameRecord): Promise<void> {
    await this.ready;
    const old = this.frames.get(frame);
    if (old && JSON.stringify(old) === JSON.stringify(record)) return;
    this.frames.delete(frame);
    this.frames.set(frame, record);
    while (this.frames.size > MAX_FRAMES) this.frames.delete(this.frames.keys().next().value as string);
    this.persist();
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.ready;
    const before = this.frames.size;
    for (const frame of [...this.frames.keys()]) if (frame.startsWith(`${tabId}:`)) this.frames.delete(frame);
    if (this.frames.size !== before) this.persist();
  }

  /** Forgets every frame (erasure: which participant each open page showed is participant data too). */
  async clear(): Promise<void> {
    await this.ready;
    this.frames.clear();
    await this.store?.save({}).catch(() => undefined);
  }

  /** The tabs with a content script that has reported (where changes are pushed). */
  async tabIds(): Promise<number[]> {
    await this.ready;
    return [...new Set([...this.frames.keys()].map((frame) => Number(frame.split(':')[0])))];
  }

  private persist(): void {
    void this.store?.save(Object.fromEntries(this.frames)).catch(() => undefined);
  }
}
