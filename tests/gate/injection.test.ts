/** Loading the reader and the coach (lib/gate/injection.ts): only into the asking frame, only on a site the extension runs on. */
import { describe, expect, it } from 'vitest';
import { injectionAnswers } from '../../lib/gate/injection';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { contentCaller, fakeGate, TOOLBOX } from './fake-gate';

function injecting(settings = DEFAULT_SETTINGS) {
  const injected: [number, number, string][] = [];
  const { ctx } = fakeGate({ inject: async (tabId, frameId, part) => void injected.push([tabId, frameId, part]), pageSettings: async () => settings });
  return { answers: injectionAnswers(ctx), injected };
}

describe('loading the reader and the coach', () => {
  it('loads the reader, the note frame or the coach into the frame that asked, and sends the reader its settings', async () => {
    const { answers, injected } = injecting();
    expect(await answers['page-reader']({ kind: 'page-reader' }, contentCaller(`${TOOLBOX}/caseload`, 3, 0))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(await answers['page-reader']({ kind: 'page-reader', coach: true }, contentCaller(`${TOOLBOX}/casenote/new`, 3, 2))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(await answers['page-coach']({ kind: 'page-coach' }, contentCaller(`${TOOLBOX}/casenote/new`, 4, 1))).toEqual({ ok: true });
    expect(await answers['page-history']({ kind: 'page-history' }, contentCaller(`${TOOLBOX}/casenote/new`, 4, 1))).toEqual({ ok: true });
    expect(await answers['page-panel']({ kind: 'page-panel' }, contentCaller(`${TOOLBOX}/casenote/new`, 4, 1))).toEqual({ ok: true });
    expect(injected).toEqual([
      [3, 0, 'reader'],
      [3, 2, 'note-frame'],
      [4, 1, 'coach'],
      [4, 1, 'history'],
      [4, 1, 'panel'],
    ]);
  });

  it("refuses a site the extension does not run on, and loads on an agency's custom site", async () => {
    const custom = { ...DEFAULT_SETTINGS, customSites: [{ pattern: 'https://cases.agency.example/*' }] } as typeof DEFAULT_SETTINGS;
    const { answers, injected } = injecting(custom);
    await expect(answers['page-coach']({ kind: 'page-coach' }, contentCaller('https://evil.example/note'))).rejects.toThrow(
      'Refused: the coach runs only on the sites this extension runs on.',
    );
    await expect(answers['page-reader']({ kind: 'page-reader', coach: true }, contentCaller('https://evil.example/note'))).rejects.toThrow('Refused: the note-frame');
    await expect(answers['page-history']({ kind: 'page-history' }, contentCaller('https://evil.example/note'))).rejects.toThrow('Refused: the history reader');
    await expect(answers['page-panel']({ kind: 'page-panel' }, contentCaller('https://evil.example/note'))).rejects.toThrow('Refused: the panel');
    expect(injected).toEqual([]);
    await answers['page-reader']({ kind: 'page-reader' }, contentCaller('https://cases.agency.example/caseload', 6));
    expect(injected).toEqual([[6, 0, 'reader']]);
  });

  it('says so where nothing is loaded', async () => {
    const answers = injectionAnswers(fakeGate().ctx);
    await expect(answers['page-reader']({ kind: 'page-reader' }, contentCaller(`${TOOLBOX}/caseload`))).rejects.toThrow('The reader is not loaded here.');
  });
});
