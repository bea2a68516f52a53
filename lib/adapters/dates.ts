/**
 * The adapters' date helpers are lib/dates.ts's: an adapter needs "the date,
 * or none" (an unreadable date becomes a problem for the user, not a guess),
 * which is `readUsDate`. `parseUsDate` here is that function under the name
 * the adapters have always imported; lib/dates.ts's `parseUsDate` also says why.
 */
export { formatUsDate, readUsDate as parseUsDate } from '../dates';
