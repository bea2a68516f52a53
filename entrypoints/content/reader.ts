/**
 * The reader's shell: how the reader (lib/frame/reader.ts) reaches the background and the
 * browser from this frame, and how it has the coach loaded here once it finds a note box. The readers of an unknown
 * system's past notes and of whom its page is about in looser shapes come on demand (history.js), in the reader alone
 * (reader.js) as in the note frame (note-frame.js), only where a page of such a system shows a note form: with nobody
 * named, a history is not kept, and only a note form names someone there.
 */
import { browser } from '#imports';
import { startReader as start, type MountCoach } from '../../lib/frame/reader';
import type { Settings } from '../../lib/settings';
import { systemOf } from '../../lib/systems';
import { onPush, send } from './channel';
import type { UnseenReaders } from '../../lib/adapters/generic-history';
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
export const startReader = (signal: AbortSignal, given?: Pick<Settings, 'customSites'>) => run(signal, given, { load: loadHistory });

/** The note frame's reader: the same reader, in the script that carries the coach too. */
export const startNoteFrameReader = startReader;

function run(signal: AbortSignal, given: Pick<Settings, 'customSites'> | undefined, unseen: UnseenReaders | { load(): Promise<UnseenReaders> }): Promise<void> {
  return start(signal, given, {
    unseen,
    // No custom sites known: the built-in systems are still read.
    pageSettings: () => send({ kind: 'page-settings' }).catch(() => ({ customSites: [] })),
    report: (read) => send({ kind: 'page-read', read }),
    sites: () => browser.runtime.getManifest().host_permissions ?? [],
    // The systems' words come from the registry the reader already carries (the coach does not).
    loadCoach: () => loadCoach().then((coach): MountCoach => (read, found, s, problem, settled) => coach.mount(read, systemOf, found, s, problem, settled)),
    onSettingsChanged: (listener, s) => onPush((push) => push.kind === 'settings-changed' && listener(push.settings), s),
  });
}
