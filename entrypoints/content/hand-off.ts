/**
 * How the reader (lib/frame/reader.ts, started by entrypoints/content/reader.ts) reaches the coach once the background has loaded
 * it into the same frame (entrypoints/coach.ts): a global under a symbol in the extension's
 * isolated world, which the host page does not share. Types only, besides the key.
 */
import type { NoteEditorElements, PageRead } from '../../lib/adapters';
import type { CoachHandle } from '../../lib/frame/reader';
import type { SystemWordsOf } from '../../components/ParticipantStatus';
import type { Settings } from '../../lib/settings';
import type { PanelParts } from '../../components/coach/options';

export type { PanelParts };

export const COACH_KEY = Symbol.for('case-note-coach.coach');

export interface CoachModule {
  /**
   * `systemOf`: the systems' words, from the registry the reader already carries (the coach does not); `settled`: the
   * page read once an unknown system's history reader is here (lib/frame/reader.ts, MountCoach).
   */
  mount(read: PageRead, systemOf: SystemWordsOf, found: NoteEditorElements, signal: AbortSignal, readProblem: string | null, settled: Promise<PageRead>): CoachHandle;
}

/** Where history.js (entrypoints/history.ts) leaves the reader of an unknown system's past notes for the note frame's reader. */
export const HISTORY_KEY = Symbol.for('case-note-coach.history');

/** Where panel.js (entrypoints/panel.ts) leaves the coach's panel (its views, and what the coach writes into the note) for the coach that asked for it (coach-shell.ts). */
export const PANEL_KEY = Symbol.for('case-note-coach.panel');

/**
 * Where the coach (coach-shell.ts) leaves the Preact it draws with, for panel.js: the build
 * (wxt.config.ts) gives the panel this Preact instead of a copy of its own, so one Preact draws the
 * panel inside the coach's own tree. The names are what the panel's compiled views import.
 */
export const PREACT_KEY = Symbol.for('case-note-coach.preact');

/** How the stub every frame loads (index.ts) reaches the reader once the background has loaded it (entrypoints/reader.ts). */
export const READER_KEY = Symbol.for('case-note-coach.reader');

export interface ReaderModule {
  /**
   * Reads this frame's page, reports it and watches it until `signal` aborts (the stub's
   * content-script context ends); `settings`, the page settings the background sent with the
   * reader (asked for when absent).
   */
  start(signal: AbortSignal, settings?: Pick<Settings, 'customSites'>): Promise<void>;
}
