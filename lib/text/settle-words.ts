/**
 * The word sets the settling step (lib/text/settle.ts) asks about: which verbs bring a contact to us, which name a
 * meeting of the participant's own, what ends an organisation's name, which visits are at a site. Kept apart from the
 * steps that use them so each list can be read, and grown, on its own.
 */

/** Verbs that bring a contact to us when a person is their subject ("Cust called", "Instructor e-mailed");
 * a noun ("Customer phone is not working") does not. */
export const CAME_TO_US = new Set([
  'called', 'call', 'phoned', 'telephoned', 'called back', 'call back', 'returned call', 'returned my call', 'returned the call',
  'emailed', 'e mailed', 'emailed back', 'e mailed back', 'texted', 'txted', 'texted back', 'text', 'email', 'wrote', 'mailed', 'cb',
  'came in', 'came by', 'stopped by', 'stopped in', 'dropped by', 'dropped in', 'walked in', 'came to', 'showed up', 'came into the office', 'came to the office',
  'llamó', 'llamo', 'me llamó', 'me llamo',
  // A video channel's name as a verb: "Cust FaceTimed me", "she video-called", "Client Zoomed in".
  'facetimed', 'face timed', 'zoomed', 'zoomed in', 'skyped', 'webexed', 'video called', 'videocalled',
]);
/** Talking or meeting with someone: with the participant as subject and another person as object, their own contact.
 * (Not "e-mailed the coordinator": a participant's message to a coordinator is often to program staff.) */
export const OWN_MEETING = new Set(['met with', 'meet with', 'met', 'spoke with', 'spoke to', 'talked with', 'talked to', 'called', 'phoned', 'visited']);
export const ARTICLE = new Set(['the', 'a', 'an']);
export const PRONOUNS = new Set(['her', 'him', 'his', 'them', 'their', 'she', 'he', 'they', 'me', 'my', 'you']);
export const PREPOSITION_START = new Set(['via', 'by', 'over', 'on', 'thru', 'through', 'at', 'in']);
/** Stop words: never a name after "met with", never a meaningful word in the "too thin" count. */
export const STOP = new Set(
  'a an the and or but to of in on at for with from by is was were be been are has have had it its this that he she his her him they them their i me my we our you your as re about per so then than also will would can could did do does not no'.split(' '),
);

export const GOT = new Set(['got', 'came', 'get', 'comes', 'gets']);
/** Words that end an organisation's name ("Express Staffing", "Acme Foods Inc"). */
export const ORG_WORDS = new Set([
  'staffing', 'inc', 'llc', 'corp', 'company', 'co', 'college', 'university', 'school', 'center', 'centre', 'hospital', 'clinic', 'services',
  'department', 'dept', 'bank', 'group', 'industries', 'manufacturing', 'foods', 'academy', 'institute', 'agency', 'church', 'shelter',
  'court', 'county', 'workforce', 'solutions', 'logistics', 'construction', 'plant', 'store', 'employment', 'resources', 'partners', 'dispatch',
]);
export const SITE_VISITS = new Set([
  'site visit', 'worksite visit', 'work site visit', 'wex site visit', 'job site visit', 'school visit', 'employer visit', 'campus visit',
  'worksite meeting', 'visited', 'monitoring visit', 'ojt monitoring visit', 'wex monitoring visit',
]);
export const ABSENT = new Set(['not', 'out', 'off', 'absent', 'gone', 'away']);
export const MEETING_WORDS = new Set(['met', 'with', 'observed', 'saw', 'spoke', 'talked']);
