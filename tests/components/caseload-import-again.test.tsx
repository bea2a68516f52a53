/**
 * A case manager who fixes a refused file and chooses it again must get a new preview: a browser fires no
 * change for the file already chosen, so the chooser is emptied once the file is read.
 */
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CaseloadImport } from '../../components/CaseloadImport';

describe('choosing the same caseload file again after fixing it', () => {
  it('empties the chooser once the file is read, so choosing it again reads it again', async () => {
    const preview = vi.fn(async () => ({ rows: [], errors: [{ line: 2, message: 'Line 2: the date "13/45/2026" is not a date.' }] }));
    const view = render(<CaseloadImport sites={[]} preview={preview} commit={vi.fn()} />);
    const input = view.getByLabelText('CSV file') as HTMLInputElement;
    const file = new File(['Participant ID,Name\n12345,Ana Garcia\n'], 'caseload.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    Object.defineProperty(input, 'value', { configurable: true, writable: true, value: 'C:\\fakepath\\caseload.csv' });
    fireEvent.change(input);
    await waitFor(() => expect(preview).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(input.value).toBe(''));
  });
});
