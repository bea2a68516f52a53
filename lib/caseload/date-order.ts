/**
 * Which way round a caseload file writes its numeric dates. A file that writes some date day first
 * ("20/03/2026") writes them all so, and then a date that reads both ways ("05/04/2026") is refused on
 * its line rather than guessed: read month first it would be a month late, and a last contact a month
 * late hides an overdue participant. Dates with the month in words or the year first read one way only.
 */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/;

/** The first date in these cells that can only be day first (13 to 31, then a month), and its line; null when none. */
export function dayFirstEvidence(records: readonly string[][], dates: (record: string[]) => (string | null)[], firstLine: number): { text: string; line: number } | null {
  for (let r = 0; r < records.length; r++) {
    for (const v of dates(records[r] ?? [])) {
      const m = v ? NUMERIC_DATE.exec(v) : null;
      if (m && Number(m[1]) > 12 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { text: v!, line: firstLine + r };
    }
  }
  return null;
}

/** For a numeric date that reads two ways ("05/04/2026"), both readings in words ("May 4 or April 5"); else null. */
export function dayOrMonth(v: string): string | null {
  const m = NUMERIC_DATE.exec(v);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a < 1 || b < 1 || a > 12 || b > 12 || a === b) return null;
  const month = (n: number) => MONTH_NAMES[n - 1];
  return `${month(a)} ${b} or ${month(b)} ${a}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
