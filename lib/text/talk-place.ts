/**
 * A conversation told with where it happened was face to face: "Talked w/ client at the hall", "we talked 15 min in
 * the café", "Spoke with client in the lobby". The talk names no channel ("spoke with" alone says nothing of how);
 * a place right after it, in a sentence that names no channel, says in person.
 */
import type { ContactEvent } from './event-types';
import type { Match } from './matcher';
import type { Token } from './tokenize';

const PLACE_PREP = new Set(['at', 'in', 'on', 'by', 'outside', 'near']);
const DETERMINER = new Set(['the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'its', 'this', 'that']);
/** What may stand between the talk and its place ("talked w/ him 2 min at …", "spoke w/ cust at …"). */
const BETWEEN = new Set(['with', 'w', 'him', 'her', 'them', 'briefly', 'for', 'about', 'min', 'mins', 'minutes', 'a', 'few', 'while', 'again']);
/** Words after "at/in/on" that are a time, a length, a manner or a topic, not a place. */
const NOT_PLACE = new Set([
  'am', 'pm', 'length', 'detail', 'depth', 'person', 'time', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'noon', 'lunch', 'week', 'weekend',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'regards', 'general', 'particular', 'english', 'spanish',
  'phone', 'telephone', 'text', 'email', 'e', 'zoom', 'teams', 'video', 'camera', 'line', 'speaker', 'voicemail', 'writing', 'reference', 'response', 'order',
]);
const TALK = new Set(['talked', 'spoke', 'spoken', 'chatted', 'met', 'sat', 'visited', 'conversed']);

/** The talk event `e` (connected, no channel) has its place right after it, and its sentence names no channel. */
export function talkAtPlace(tokens: Token[], matches: Match[], e: ContactEvent): boolean {
  if (e.channel !== null || !e.success) return false;
  let talk = -1;
  for (let t = e.tokStart; t < e.tokEnd; t++) if (TALK.has((tokens[t] as Token).text)) talk = t;
  if (talk < 0) return false;
  for (const m of matches) if (m.clause === e.clause && m.tags.some((x) => x.startsWith('mode:'))) return false;
  for (let t = e.tokEnd, n = 0; n < 7 && tokens[t]?.clause === e.clause; t++, n++) {
    const w = tokens[t] as Token;
    if (w.text === 'about' || w.text === 're' || w.text === 'regarding') return false;
    if (PLACE_PREP.has(w.text)) {
      let p = t + 1;
      while (tokens[p]?.clause === e.clause && DETERMINER.has((tokens[p] as Token).text)) p++;
      const place = tokens[p];
      return place !== undefined && place.clause === e.clause && !place.numeric && !NOT_PLACE.has(place.text);
    }
    if (!w.numeric && !BETWEEN.has(w.text) && !matches.some((m) => m.tokStart <= t && t < m.tokEnd && m.tags.some((x) => x.startsWith('party:')))) {
      // (A name: "Talked w/ Bro. Lindquist at the hall".)
      if (!w.capitalised) return false;
    }
  }
  return false;
}
