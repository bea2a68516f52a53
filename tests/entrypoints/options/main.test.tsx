/**
 * The options shell's wiring on WXT's fake browser: the page loads the
 * settings from the background, a change goes back to it and is kept, and
 * adding a site asks the browser for that origin.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBackground, mount, pageBrowser } from '../fake-pages';

const openOptions = () => mount(() => import('../../../entrypoints/options/main'));

describe('the options shell', () => {
  it('shows the settings the background keeps', async () => {
    const { asked } = fakeBackground();
    pageBrowser();
    await openOptions();
    await screen.findByRole('heading', { name: 'Case Note Coach settings' });
    expect(asked).toContain('settings-get');
  });

  it('saves a change through the background', async () => {
    const { service } = fakeBackground();
    pageBrowser();
    await openOptions();
    const box = (await screen.findByLabelText(/due soon/i)) as HTMLInputElement;
    fireEvent.input(box, { target: { value: '3' } });
    fireEvent.change(box, { target: { value: '3' } });
    await waitFor(async () => expect((await service.effectiveSettings()).settings.dueSoonDays).toBe(3));
  });
});
