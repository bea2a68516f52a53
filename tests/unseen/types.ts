/**
 * Pages of case-management systems the extension has no reader for, saved as a case manager's
 * browser would hold them, each with what that case manager would expect the coach to find.
 * The pages are modelled on public user guides and training manuals (named in `modelledOn`),
 * filled in where a guide is silent with what such a system plausibly renders. Expectations
 * were written with the page, before anything read it: a blind measure of reading pages we
 * have not seen. `locked/` is kept apart from `dev/` and is not to be tuned against.
 */
import type { ContactType, IsoDate } from '../../lib/model';

export interface Expect {
  /** Should the coach attach to a note box on this page at all. */
  attach: boolean;
  /** CSS selector (by id or a unique attribute) of the box where the case manager types the note. */
  noteField: string | null;
  /** The select, or the container of a radio group, where the contact type is chosen. */
  contactTypeField: string | null;
  /** The contact (service) date; never a follow-up, next-contact or due date. */
  dateField: string | null;
  /** The button that saves the note. */
  submitControl: string | null;
  /** Whom the page is about, only where the page states it unambiguously; the name as the page shows it. */
  participant: { id: string | null; name: string | null } | null;
  /** Past case notes the page lists, in page order; [] when it lists none. */
  contacts: { date: IsoDate; type: ContactType | null }[];
}

export interface UnseenPage {
  id: string;
  /** The system, in its users' words ('ETO (WorkSourceWA Customer Management)'). */
  system: string;
  /** The public material the page was modelled on, and what was filled in. */
  modelledOn: string;
  url: string;
  html: string;
  expect: Expect;
}
