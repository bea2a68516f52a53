import type { Response } from '../lib/messages';

type NoContactItem = Response<'list-due'>['noContact'][number];

/**
 * People the caseload knows with no contact on file and nothing to count a
 * due date from (imported without a last-contact date, or only their summary
 * page seen): not overdue on a guess, and never silently missing either.
 */
export function NoContactList(props: { items: NoContactItem[]; count: number; onOpen(p: NoContactItem): void; canOpen?(p: NoContactItem): boolean }) {
  if (!props.count) return null;
  const more = props.count - props.items.length;
  return (
    <section class="cnc-no-contact" aria-labelledby="no-contact-h">
      <h2 id="no-contact-h">No contact on file ({props.count.toLocaleString('en-US')})</h2>
      <p class="note">No due date yet: open their case notes, or import their last contact date.</p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {props.items.map((p) => {
          const linked = props.canOpen?.(p) ?? true;
          return (
            <li key={p.key}>
              <button
                type="button"
                aria-disabled={linked ? undefined : 'true'}
                style={{ minHeight: '24px', display: 'block', width: '100%', textAlign: 'start' }}
                onClick={() => linked && props.onOpen(p)}
              >
                <span class="cnc-name">{p.name}</span> <span>(ID {p.participantId})</span> — No contact on file
                {linked ? null : <span class="cnc-no-link"> · No link to their page</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 ? <p class="note">…and {more.toLocaleString('en-US')} more.</p> : null}
    </section>
  );
}
