/**
 * Past case notes drawn as cards or list items rather than a table (a journal's panels, a React app's
 * note cards, Angular Material cards) on a page of a system we have never seen. Only under a label
 * that says they are notes ("Recent Journal Entries", "Earlier notes", a list labelled "Notes"), never
 * reminders, appointments, messages or an employer's, and only items that each show a date beside the
 * note's own words: read as the participant's, anything else would move their due date.
 */
import { readUsDate } from '../dates';
import { contactTypeOrNull } from '../text/contact-type';
import { all, tag, text } from './dom';
import type { ContactRead } from './types';

export const NOTES = /\bnotes?\b|journal|contact\s*(log|history)|case\s*history|comments/i;
export const NOT_NOTES = /remind|appoint|upcoming|schedul|task|to-?do|message|inbox|e-?mail|employer|referral|alert|sticky|scratch|private|draft/i;
/** A card's tag saying it is something else than a note of what happened. */
const OTHER_ITEM = /^(reminder|task|to-?do|alert|appointment|scheduled|upcoming|draft|message)$/i;
const US_DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;

/** One past note: its words (the item's longest run of plain text), the date shown outside them, the type among its tags. */
function readCard(item: Element): ContactRead | null {
  if (all(item, 'table,input,select,textarea').length) return null;
  const leaves = [item, ...all(item, '*')].filter((el) => !el.children.length);
  if (leaves.some((el) => OTHER_ITEM.test(text(el)))) return null;
  const note = leaves.reduce((a, b) => (text(b).length > text(a).length ? b : a));
  const words = text(note);
  if (words.length < 20 || US_DATE.test(words)) return null;
  const time = all(item, 'time[datetime]').find((el) => !note.contains(el));
  const meta = (item.textContent ?? '').replace(note.textContent ?? '', '\n');
  const date = readUsDate(time?.getAttribute('datetime')?.slice(0, 10) ?? US_DATE.exec(meta)?.[0] ?? '');
  if (!date) return null;
  // "Phone Call from: Kelsey Ward" (a timeline's item): the kind, without whom it was from or to.
  const parts = meta.split(/\s*[·•|;,:\n]\s*/).map((part) => (contactTypeOrNull(part) ? part : part.replace(/\s+(?:from|to|by|with)\b.*$/i, '')));
  const typeText = parts.find((part) => contactTypeOrNull(part)) ?? '';
  return { date, contactTypeText: typeText.trim(), contactType: contactTypeOrNull(typeText), serviceCode: null, author: '', subject: null, text: words };
}

/** The cards among `list`'s children, when each of them (one tag, at least one) is a past note. */
function cards(list: Element | null): ContactRead[] {
  const items = Array.from(list?.children ?? []).filter((el) => !/^h\d$/.test(tag(el)));
  const read = items.map(readCard);
  return items.length && items.every((el) => tag(el) === tag(items[0]!)) && read.some(Boolean) ? read.filter((c) => c !== null) : [];
}

/** A record's timeline (Dynamics 365's): its items are notes and activities, read only when they name a contact type. */
const TIMELINE = /\btimeline\b/i;

export function readCards(doc: Document): ContactRead[] | null {
  for (const label of all(doc, 'h1,h2,h3,h4,h5,h6,[role=heading],[aria-label]')) {
    const says = label.getAttribute('aria-label') ?? text(label);
    const timeline = !NOTES.test(says) && TIMELINE.test(says);
    if ((!NOTES.test(says) && !timeline) || NOT_NOTES.test(says)) continue;
    // A labelled list holds the cards; a heading has them after it, in a list of their own or beside it.
    const found = label.hasAttribute('aria-label') ? cards(label) : cards(label.nextElementSibling).length ? cards(label.nextElementSibling) : cards(label.parentElement);
    // A timeline of milestones ("Enrollment approved by …") names no contact: none of it is a note of one.
    if (found.length && (!timeline || found.some((c) => c.contactType))) return found;
  }
  return null;
}
