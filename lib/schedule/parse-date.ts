/**
 * Dates from pages and import files are parsed by the project's one parser
 * (lib/dates.ts); re-exported here for the schedule's callers.
 */
export { parseUsDate, TWO_DIGIT_YEAR_PIVOT, type ParsedDate } from '../dates';
