import { useState } from 'preact/hooks';
import type { SetMessage } from './common';

/** Deletes every participant, contact and draft on this computer, after a confirmation. */
export function ForgetAll(p: { onForgetAll(): Promise<void>; onMessage: SetMessage }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        Forget all participant data…
      </button>
    );
  return (
    <div role="alertdialog" aria-labelledby="forget-q" class="confirm">
      <p id="forget-q">Delete every participant, contact and unsaved draft kept on this computer? Settings stay.</p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          await p.onForgetAll();
          setConfirming(false);
          p.onMessage({ text: 'All participant data on this computer was deleted.', error: false });
        }}
      >
        Yes, forget everything
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
