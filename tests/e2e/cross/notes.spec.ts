/** The note flow on both demo systems, in Chromium and in Firefox ESR (note-flow.ts). */
import { test } from './fixtures';
import { checksWhileTyping, draftBackAfterReload, guardAndSaveAnyway, guardWhenChecksAreLost, templateInsertedAndUndone, toolboxForm, typedRunUndoneWhole, wf1Form } from './note-flow';

test.describe('Toolbox (frameset)', () => {
  test('checks while typing and underlines every attempt', async ({ driver, demo }) => {
    await checksWhileTyping(driver, toolboxForm(demo, '100234'));
  });
  test('a template goes in, and Ctrl+Z takes it out', async ({ driver, demo }) => {
    await templateInsertedAndUndone(driver, toolboxForm(demo, '100871'), /spoke with Marcus Oyelaran by phone on \d{2}\/\d{2}\/\d{4}\./);
  });
  test('one Ctrl+Z takes a typed run out whole, also where the findings changed during it', async ({ driver, demo }) => {
    await typedRunUndoneWhole(driver, toolboxForm(demo, '100234'));
  });
  test('Save with errors is guarded; Save anyway saves exactly the typed text', async ({ driver, demo }) => {
    await guardAndSaveAnyway(driver, toolboxForm(demo, '100234'), demo);
  });
  test('a note lost to a reload is offered back', async ({ driver, demo }) => {
    await draftBackAfterReload(driver, toolboxForm(demo, '100871'));
  });
  test('Save whose check the background never answers is held as not checked, and Save anyway saves the note once', async ({ driver, demo }) => {
    await guardWhenChecksAreLost(driver, toolboxForm(demo, '100234'), demo);
  });
});

test.describe('Workforce One', () => {
  test('checks while typing and underlines every attempt', async ({ driver, demo }) => {
    await checksWhileTyping(driver, wf1Form(demo, 'MN-448120'));
  });
  test('a template goes in, and Ctrl+Z takes it out', async ({ driver, demo }) => {
    await templateInsertedAndUndone(driver, wf1Form(demo, 'MN-448120'), /spoke with Tomas Lindqvist by phone on \d{2}\/\d{2}\/\d{4}\./);
  });
  test('Save with errors is guarded; Save anyway posts the WebForms form', async ({ driver, demo }) => {
    await guardAndSaveAnyway(driver, wf1Form(demo, 'MN-448377'), demo);
  });
  test('a note lost with the page is offered back', async ({ driver, demo }) => {
    await draftBackAfterReload(driver, wf1Form(demo, 'MN-448377'));
  });
});
