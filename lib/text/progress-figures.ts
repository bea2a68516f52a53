/**
 * Progress told in figures and turns of phrase the progress vocabulary has no word for: a letter grade ("B in all
 * class", "A&P II is a B+"), a count of what is done ("11 of 12 sessions", "4 of 6 courses done", "2 wks in"), a test
 * score that moved ("CASAS up from 201 to 209"), pay or earnings ("$68k/yr", "Feb revenue $2,100", "$1,420 gross"), a start
 * ("starts 5/4", "started the welding cert", "got the offer", "got into the Rad Tech program", "registered (6 cr)"), a
 * change ("moved to days"), and bad news ("dropped the online class", "had to stop the class", "on leave from the LPN
 * program", "suspended 3 days", "on temp layoff", "filed UI").
 *
 * Read only by progress-missing, to stop asking for progress a note already gives: it never adds to the evidence a
 * provider's or alternate's contact needs to count (lib/policy/qualifies.ts), nor to what decides a contact happened.
 */

const FIGURES: readonly RegExp[] = [
  // Letter grades: "a B in math", "B+ so far", "grades A and B+", "got an A".
  /\b(?:an?|got|gets|getting|with|is|are|earned|have|has|had)\s+(?:an?\s+)?[A-D][+-]?(?=\s+(?:in|on|so|for|average|avg)\b|[,.;)]|$)/m,
  // (Not a capital that names something after a capitalised word: "Building C on Main St", "Plan B in case".)
  /(?<![A-Z][\w&]*\s)\b[A-D][+-]?\s+(?:in|on)\s+(?!case\b)(?:the\s+|all\s+|her\s+|his\s+|their\s+|my\s+)?[A-Za-z&]/,
  // Counts of what is done: "11 of 12 sessions", "4 of 6 courses done", "2 wks in", "week 6 of 8", "5/5 days".
  /\b\d{1,3}\s+(?:of|out\s+of)\s+\d{1,3}\b/i,
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight)\s+(?:wks?|weeks?|days|months?)\s+(?:in|done|completed|left)\b|\b\d\/\d\s+days\b|\bevery\s+day\b/i,
  /\bgrades?\s*(?:\(|:|are|were|of)?\s*[A-D][+-]?\b(?=\s*[,)/]|\s+and\b)/,
  // A score that moved, a test with its score.
  /\bup\s+from\s+\d+\s+to\s+\d+\b|\b(?:casas|tabe|accuplacer|act|sat|wonderlic)\b[^.\n]{0,20}\b\d{2,3}\b/i,
  // Pay and earnings: "$19.25", "$68k/yr", "revenue $2,100", "$1,420 gross".
  // (Not any sum: "$85 in subscriptions", "a $500 loan", "Pell award is $3,200" are no pay.)
  /\$\s?\d[\d,]*(?:\.\d\d)?\s?k?\s*(?:\/|per\s+|an?\s+)(?:hr|hour|yr|year)\b|\b(?:revenue|gross|earnings|earned|makes|making|paid|wage|salary)\b[^.\n$]{0,25}\$\s?\d|\$\s?\d[\d,]*(?:\.\d\d)?\s?k?\s+(?:gross|net|revenue|in\s+earnings)\b/i,
  // A start, an offer, an admission, a registration.
  /\b(?:starts?|started|starting)\s+(?:at\s+[^.\n]{1,40}?\s+)?(?:on\s+)?\d{1,2}\/\d{1,2}\b|\bgot\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){0,2}offer\b|\b(?:got|was|been)\s+(?:into|accepted|admitted)\b|\bregistered\b|\benrolled\s+(?:in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:class|classes|course|courses|program|semester|term|training|credits|cr)\b/i,
  /\bstart(?:s|ed|ing)?\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:[\w&-]+\s+){0,5}(?:class|classes|course|program|cert|certificate|training|apprenticeship)\b|\bstart(?:s|ed|ing)?\s+(?:on\s+)?(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?\b|\b(?:orientation|classes)\s+(?:start\s+)?(?:at\s+[^.\n]{1,30}?\s+)?\d{1,2}\/\d{1,2}\b/i,
  // Bad news and changes: a class dropped, a suspension, a layoff, a claim filed, aid approved.
  /\bdropped\s+(?:the|her|his|their|a|an|out)\b|\bsuspended\b|\b(?:temp(?:orary)?\s+)?layoff\b|\bfiled\s+(?:for\s+)?(?:ui|unemployment)\b|\b(?:fafsa|pell|voucher|aid)\s+(?:\w+\s+){0,2}approved\b|\bovertime\b|\bon\s+call\s+rotation\b/i,
  /\b(?:had\s+to\s+)?stop(?:ped)?\s+(?:the|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:class|course|program|training)\b|\b(?:can'?t|cannot|could\s+not)\s+finish\b|\bon\s+(?:leave|break)\s+from\b|\b(?:moved|moving|going|switched)\s+to\s+(?:days|nights|2nd|second|1st|first|3rd|third|full[- ]time|part[- ]time)\b/i,
  // Work and training told as a state or a step: a job got or kept, a role, a raise, a move on the job, a credential
  // done, a score so far, a level reached, a form filed ("got the job at …", "still the lead on nights", "raised her to
  // $18", "moved from the dock to the forklift crew", "forklift cert done", "an 82 so far", "ready for level 4", "FAFSA
  // submitted"). Not a plan or a need ("needs a ride to work"), nor how work goes in a word ("doing good at work").
  /\bgot\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}job\b|\bstill\s+(?:the\s+)?(?:lead|supervisor|employed|on\s+the\s+job|on\s+the\s+line|driving|at\s+the\s+(?:plant|job|store|warehouse|hospital|site))\b|\b(?:raised|bumped)\s+(?:him|her|them|me)\s+(?:up\s+)?to\s+\$\s?\d/i,
  /\bmoved\s+(?:\w+\s+)?from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:the\s+)?[\w-]+|\b(?:good|reliable|hard|strong)\s+worker\b/i,
  /\b(?:cert|certificate|certification|license|licence|permit|diploma|GED|HiSET|credential)\s+(?:is\s+)?(?:done|finished|complete|completed|earned|attained|issued|received)\b|\b(?:has|have|had|got|with)\s+an?\s+\d{2,3}(?:\.\d)?%?\s+(?:so\s+far|in|on|average|avg)\b|\bready\s+for\s+(?:level|the\s+next\s+level|the\s+(?:\w+\s+)?(?:test|exam|boards))\b|\b(?:fafsa|application|app)\s+(?:is\s+)?(?:submitted|done|complete|completed|sent\s+in|filed)\b/i,
];

/** Whether the note tells progress in a figure or a phrase the progress vocabulary has no word for. */
export function progressFigures(text: string): boolean {
  for (const re of FIGURES) if (re.test(text)) return true;
  return false;
}
