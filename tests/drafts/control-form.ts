/** A note form with one contact-type control and a keeper bound to it, for the keeper's tests of controls that are not drop-downs. */
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftContent } from '../../lib/drafts/keeper';

/** A text box with a datalist: the contact type is what it holds. */
export const DATALIST = '<input id="t" list="tl" value=""><datalist id="tl"><option value="In person"></option><option value="Phone"></option></datalist>';

/** A form of `control` (its contact-type control has the id `t`), a date box and a note, with a keeper saving into `saved`. */
export function setupControl(control: string) {
  document.body.innerHTML = `<form>${control}<input id="d" value=""><textarea id="n"></textarea></form>`;
  const fields = {
    note: document.querySelector<HTMLTextAreaElement>('#n')!,
    contactType: document.querySelector<HTMLElement>('#t')!,
    date: document.querySelector<HTMLInputElement>('#d')!,
  };
  const saved: DraftContent[] = [];
  const keeper = new DraftKeeper(fields, { load: async () => [], save: async (_visit, d) => void saved.push(d), discard: async () => undefined }, new AbortController().signal);
  return { fields, keeper, saved, shown: () => fields.contactType.textContent };
}
