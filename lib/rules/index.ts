/**
 * The rules (run.ts: every rule in order, and the check of a note already in shape) and
 * `checkNote`, which first puts a note from a page or a message in shape with zod.
 */
import { caseNoteSchema, type CaseNote, type CaseNoteInput, type NoteVerdict } from '../model';
import { checkParsedNote, type CheckContext } from './run';

export { checkParsedNote, RULE_IDS, RULES, type CheckContext } from './run';

function toNote(input: CaseNoteInput): CaseNote {
  const r = caseNoteSchema.safeParse(input);
  if (r.success) return r.data;
  // A malformed structured field must not stop the text from being checked.
  return caseNoteSchema.parse({ text: typeof input.text === 'string' ? input.text : '' });
}

export function checkNote(input: CaseNoteInput, ctx: CheckContext): NoteVerdict {
  return checkParsedNote(toNote(input), ctx);
}
