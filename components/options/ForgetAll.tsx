import { useEffect, useRef, useState } from 'preact/hooks';
import type { SetMessage } from './common';

/** Deletes every participant, contact and draft on this computer, after a confirmation. */
export function ForgetAll(p: { onForgetAll(): Promise<void>; onMessage: SetMessage }) {
  const [confirming, setConfirming] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The button pressed is replaced by the question: focus goes to its safe answer and, after it, back to the button,
  // so a keyboard user is never dropped at the top of the page and a second Enter erases nothing.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  if (!confirming)
    return (
      <button type="button" class="danger" ref={ask} onClick={() => setConfirming(true)}>
        Forget all participant data…
      </button>
    );
  return (
    <div
      role="alertdialog"
      aria-labelledby="forget-q"
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setConfirming(false);
      }}
    >
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
      <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
