import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PlatformSites } from '../../components/PlatformSites';

afterEach(cleanup);

function setup(granted: boolean, added: string[] = []) {
  const onRequest = vi.fn(() => Promise.resolve(granted));
  const onAdd = vi.fn();
  const onMessage = vi.fn();
  render(<PlatformSites added={added} locked={false} onRequest={onRequest} onAdd={onAdd} onMessage={onMessage} />);
  return { onRequest, onAdd, onMessage };
}

describe("adding another state's system from the list", () => {
  it('asks the browser for that one address only, then adds it and says which pack applies', async () => {
    const { onRequest, onAdd, onMessage } = setup(true);
    fireEvent.change(screen.getByLabelText(/Virtual OneStop or America's JobLink/), { target: { value: 'https://www.workintexas.com/*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this system' }));
    await waitFor(() => expect(onAdd).toHaveBeenCalledTimes(1));
    expect(onRequest).toHaveBeenCalledWith('https://www.workintexas.com/*');
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ state: 'TX', platform: 'vos', pattern: 'https://www.workintexas.com/*' });
    expect(onMessage).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('WIOA baseline'), error: false }));
  });

  it('adds nothing when the browser access is refused, and says so', async () => {
    const { onAdd, onMessage } = setup(false);
    fireEvent.change(screen.getByLabelText(/Virtual OneStop or America's JobLink/), { target: { value: 'https://www.kansasworks.com/*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this system' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith({ text: 'Access to KANSASWORKS was not granted.', error: true }));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('no longer offers a system already added', () => {
    setup(true, ['https://www.caljobs.ca.gov/*']);
    expect(screen.queryByRole('option', { name: /CalJOBS/ })).toBeNull();
    expect(screen.getByRole('option', { name: /Employ Florida/ })).toBeTruthy();
  });
});
