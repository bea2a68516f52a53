/**
 * A note that voids itself, points to the one that replaces it, says it is no record of a contact, or was a training
 * exercise: no contact of this participant's is recorded by it, so it is not read at all (lib/text/history.ts).
 *
 *   at its start   "VOID - Met with client …", "Voiding this entry.", "This entry is void.", "Please void.", "DUPLICATE
 *                  ENTRY", "Note entered on wrong case:", "See corrected note dated 3/5.", "Delete this note", "Test -",
 *                  "testing testing:", "This is a test entry.", "Sample:", "Placeholder -", "Draft - do not count.",
 *                  "Entered for data purposes only", "Non-contact note:", "Role-play:", "Role play 3/4:", "Training
 *                  scenario:", "Simulated meeting …", "For training only -";
 *   anywhere       as a sentence or a stamp of its own: "VOID" in capitals, "*** VOIDED ***", "Note voided.", "Entry
 *                  rescinded.", "Retracted.", "Invalid entry.", "(erroneous entry)", "Erroneous - …", "Duplicate entry.",
 *                  "-- voided by supervisor 3/5", "Superseded by the note of 3/5.", "Replaced by corrected note 3/5.",
 *                  "Cancel this note.", "Ignore this note.", "This belongs in Ana Ruiz's file.", "see corrected note".
 *
 * Not a check or a voucher "VOID", a "Duplicate entry in her job log", a drug test "negative", a "sample résumé" or a
 * "late entry" (a real one).
 */
const OPENING = new RegExp(
  String.raw`^[\s*\-–—[(#>]*(?:` +
    [
      String.raw`void(?:ed|ing)?\b`,
      String.raw`please void\b`,
      String.raw`duplicate (?:entry|note)\b`,
      String.raw`(?:delete|cancel|ignore) this (?:note|entry)\b`,
      String.raw`(?:this )?(?:note|entry) (?:was |is )?(?:void|voided|invalid|deleted|entered (?:on|under|in|for) (?:the |a )?wrong)\b`,
      String.raw`see (?:the )?corrected (?:note|entry)\b`,
      String.raw`test\s*[-–—]\s`,
      String.raw`testing,? testing\b`,
      String.raw`this is (?:a|only a) test\b`,
      String.raw`sample\s*[:\-–—]\s`,
      String.raw`placeholder\b`,
      String.raw`draft\s*[-–—:]\s*do not\b`,
      String.raw`(?:entered )?for data (?:entry )?purposes(?: only)?\b`,
      String.raw`non-?contact (?:note|entry)\b`,
      String.raw`(?:training|practice) (?:scenario|exercise|example)\b`,
      String.raw`for (?:staff )?training(?: purposes)? only\b`,
      String.raw`simulated (?:meeting|contact|call|visit|session|note)\b`,
      String.raw`role[- ]?play\b(?![- ]?(?:ed|ing)?\s+(?:a|an|the|her|his)\b)`,
    ].join('|') +
    ')',
  'i',
);
/** A sentence or a stamp of its own: after the note's start, a sentence's end, a dash, a bracket or "***". */
const OWN = String.raw`(?:^|[.!;*[(]\s*|\s[-–—]{1,2}\s*)`;
const VOID_CAPITALS = new RegExp(String.raw`(?:^|[.!;*[(]\s*)VOID(?:ED)?\s*(?:[-–—:*\])!.]|$)`, 'm');
const ANYWHERE = new RegExp(
  [
    String.raw`${OWN}(?:this\s+)?(?:note|entry)\s+(?:was\s+|is\s+)?(?:void|voided|deleted|rescinded|retracted|invalid|superseded)\b`,
    String.raw`${OWN}(?:entry\s+|note\s+)?(?:rescinded|retracted|invalid|erroneous)(?:\s+(?:entry|note))?\s*(?:[-–—.;!)\]]|\d|$)`,
    String.raw`${OWN}duplicate\s+(?:entry|note)\s*(?:[-–—:.,!*\])]|$)`,
    String.raw`${OWN}(?:voided|rescinded|retracted|superseded)\s+by\b`,
    String.raw`${OWN}replaced\s+by\s+(?:the\s+|a\s+)?(?:corrected|new|later|updated)\s+(?:note|entry)\b`,
    String.raw`${OWN}(?:please\s+)?(?:cancel|ignore|delete|void|remove)\s+(?:this\s+)?(?:note|entry)\b`,
    String.raw`${OWN}(?:this\s+(?:note\s+|entry\s+)?|note\s+|entry\s+)belongs\s+(?:in|to|on)\s+(?:[\w'’.-]+\s+){1,3}?(?:file|record|case|chart)\b`,
    String.raw`\bsee\s+(?:the\s+)?corrected\s+(?:note|entry)\b`,
  ].join('|'),
  'im',
);

export function voidNote(text: string): boolean {
  return OPENING.test(text) || VOID_CAPITALS.test(text) || ANYWHERE.test(text);
}
