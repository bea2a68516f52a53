/** The demo Toolbox note form as the coach's browser tests use it: the note, the overlay's panel and underlines, Save. */
import type { Frame, Page } from '@playwright/test';
import { SIDEBAR } from './fixtures';

export function toolboxEditor(scope: Page | Frame) {
  return {
    note: scope.locator('#noteText'),
    sidebar: scope.locator(SIDEBAR),
    /** The underline layer, in the overlay (out of the page's flow). */
    marks: scope.locator(SIDEBAR).locator('.cnc-marks'),
    async choose(type: string, date: string) {
      await scope.locator('#contactType').selectOption(type);
      await scope.locator('#contactDate').fill(date);
    },
    save: scope.getByRole('button', { name: 'Save', exact: true }),
  };
}
