/**
 * A caseload file from a system the user added is kept under the site its pages are on, so the file's
 * people and the pages' are one (the pages' IDs are kept under their host: lib/gate/kept-apart.ts).
 */
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CaseloadImport } from '../../components/CaseloadImport';

const CSV = 'Participant ID,Name\n12345,Ana Garcia\n';

async function importAs(optionLabel: string, sites: string[]) {
  const commit = vi.fn(async () => ({ imported: 1, errors: [] }));
  const view = render(<CaseloadImport sites={sites} preview={async () => ({ rows: [{ line: 2, participantId: '12345', name: 'Ana Garcia', lastContactDate: null, activity: null }], errors: [] })} commit={commit} />);
  const select = view.getByLabelText('System the export came from') as HTMLSelectElement;
  const option = [...select.options].find((o) => o.textContent === optionLabel);
  expect(option, [...select.options].map((o) => o.textContent).join(' | ')).toBeDefined();
  fireEvent.change(select, { target: { value: option!.value } });
  const file = new File([CSV], 'caseload.csv', { type: 'text/csv' });
  fireEvent.change(view.getByLabelText('CSV file'), { target: { files: [file] } });
  fireEvent.click(await view.findByRole('button', { name: /^Import 1 participant/ }));
  await waitFor(() => expect(commit).toHaveBeenCalled());
  return commit.mock.calls[0];
}

describe('importing a file from a system the user added', () => {
  it('offers each added site, and sends the one chosen with the file', async () => {
    expect(await importAs('Another system at jobs.agency-a.example', ['jobs.agency-a.example', 'cm.agency-b.example'])).toEqual([CSV, 'generic', 'jobs.agency-a.example']);
  });

  it('still takes a file from a system on no site listed, its IDs as in the file', async () => {
    expect(await importAs('Another system, on no site listed here', ['jobs.agency-a.example'])).toEqual([CSV, 'generic', undefined]);
  });

  it('offers the built-in systems as before', async () => {
    expect(await importAs('Missouri Toolbox', ['jobs.agency-a.example'])).toEqual([CSV, 'toolbox', undefined]);
  });
});
