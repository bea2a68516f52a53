/**
 * The reader's shell: how the reader (lib/frame/reader.ts) reaches the background and the
 * browser from this frame, and how it has the coach loaded here once it finds a note box. The reader
 * alone (reader.js) carries the reader of an unknown system's past notes; the note frame
 * (note-frame.js) has it loaded (history.js), with the reader of whom such a page is about in looser shapes, only where a page
 * of such a system shows a note form.
 */
import { browser } from '#imports';
import { startReader as start, type MountCoach } from '../../lib/frame/reader';
import type { Settings } from '../../lib/settings';
import { systemOf } from '../../lib/systems';
import { onPush, send } from './channel';
import { readHistory, type UnseenReaders } from '../../lib/adapters/generic-history';
import { readWhom } from '../../lib/adapters/generic-whom';
import { COACH_KEY, HISTORY_KEY, type CoachModule } from './hand-off';

const scope = globalThis as { [COACH_KEY]?: CoachModule; [HISTORY_KEY]?: UnseenReaders };

let coachLoading: Promise<CoachModule> | null = null;

/** The coach, loaded into this frame by the background once (it checks that we ask for our own frame only). */
function loadCoach(): Promise<CoachModule> {
  coachLoading ??= (async () => {
    if (!scope[COACH_KEY]) await send({ kind: 'page-coach' });
    const coach = scope[COACH_KEY];
    if (!coach) throw new Error('The coach did not load into this frame.');
    return coach;
  })().catch((error: unknown) => {
    // The next note field found tries again.
    coachLoading = null;
    throw error;
  });
  return coachLoading;
}

/** The reader of an unknown system's past notes, loaded into this frame by the background once (as the coach is). */
async function loadHistory(): Promise<UnseenReaders> {
  if (!scope[HISTORY_KEY]) await send({ kind: 'page-history' });
  const history = scope[HISTORY_KEY];
  if (!history) throw new Error('The history reader did not load into this frame.');
  return history;
}

/** Reads this frame until `signal` aborts; the stub has checked it is a page (not a frameset, not an editing area) and started it once. */
export const startReader = (signal: AbortSignal, given?: Pick<Settings, 'customSites'>) => run(signal, given, { history: readHistory, whom: readWhom });

/** The note frame's reader: as startReader, with the reader of an unknown system's past notes loaded only when needed. */
export const startNoteFrameReader = (signal: AbortSignal, given?: Pick<Settings, 'customSites'>) => run(signal, given, { load: loadHistory });

function run(signal: AbortSignal, given: Pick<Settings, 'customSites'> | undefined, unseen: UnseenReaders | { load(): Promise<UnseenReaders> }): Promise<void> {
  return start(signal, given, {
    unseen,
    // No custom sites known: the built-in systems are still read.
    pageSettings: () => send({ kind: 'page-settings' }).catch(() => ({ customSites: [] })),
    report: (read) => send({ kind: 'page-read', read }),
    sites: () => browser.runtime.getManifest().host_permissions ?? [],
    // The systems' words come from the registry the reader already carries (the coach does not).
    loadCoach: () => loadCoach().then((coach): MountCoach => (read, found, s, problem) => coach.mount(read, systemOf, found, s, problem)),
    onSettingsChanged: (listener, s) => onPush((push) => push.kind === 'settings-changed' && listener(push.settings), s),
  });
}
