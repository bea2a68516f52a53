/**
 * Filling a template and finding its blanks: plain string work, kept apart
 * from the template schemas (zod) so the content script, which only fills
 * and underlines, carries no validation library.
 */
export interface TemplateValues {
  participantName?: string | null;
  activity?: string | null;
  /** The contact date as the case manager writes it, e.g. 11/25/2026. */
  date?: string | null;
}

export interface Blank {
  start: number;
  end: number;
  label: string;
}

const FIELD_LABELS: Record<keyof TemplateValues, string> = {
  participantName: 'participant name',
  activity: 'enrolled activity',
  date: 'contact date (MM/DD/YYYY)',
};

/** Matches a blank left for the case manager: `[[label]]`. */
const BLANK_PATTERN = /\[\[([^[\]\n]{1,80})\]\]/g;

/**
 * Fills the page-known fields; anything unknown becomes a visible blank so
 * nothing is guessed. Returns the text and where its blanks are.
 */
export function fillTemplate(template: { body: string }, values: TemplateValues): { text: string; blanks: Blank[] } {
  const text = template.body.replace(/\{\{(participantName|activity|date)\}\}/g, (_m, key: keyof TemplateValues) => {
    const value = values[key]?.replace(/\s+/g, ' ').trim();
    return value ? value : `[[${FIELD_LABELS[key]}]]`;
  });
  return { text, blanks: findBlanks(text) };
}

export function findBlanks(text: string): Blank[] {
  const blanks: Blank[] = [];
  for (const m of text.matchAll(BLANK_PATTERN)) {
    blanks.push({ start: m.index, end: m.index + m[0].length, label: m[1] ?? '' });
  }
  return blanks;
}
