/** Rich-text note editors in Chromium and in Firefox ESR (rich-flow.ts): a contenteditable box, TinyMCE's iframe and a RadEditor-like design-mode iframe. */
import { test } from './fixtures';
import { RICH_FORMS, richChecksWhileTyping, richTemplateAndGuard } from './rich-flow';

for (const form of RICH_FORMS) {
  test.describe(`a note in ${form.name}`, () => {
    // TinyMCE builds its editing area from its bundle: seconds on a busy machine.
    test.setTimeout(90_000);
    test('is checked while typing and underlined on its own text', async ({ driver, demo }) => {
      await richChecksWhileTyping(driver, demo, form);
    });
    test('a template goes in through the editor; Save with errors is guarded and Save anyway posts both', async ({ driver, demo }) => {
      await richTemplateAndGuard(driver, demo, form);
    });
  });
}
