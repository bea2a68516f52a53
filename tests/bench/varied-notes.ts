/**
 * A synthetic notes export for measuring `cli audit` honestly: almost every note is
 * different (a handful of repeated texts lets caches and branch predictors flatter the
 * checker). Notes are assembled from many kinds of contact (calls, visits, video,
 * e-mails with headers, texts, letters, pasted threads, form fields, carried-forward
 * history, attempts, third parties, plans only, Spanish), each with its own openings and
 * slots (who, names, dates in several formats, numbers, employers, programs), padded with
 * case-note sentences to a length drawn from 1 to 300 words. Some notes are odd (shouting,
 * stray whitespace and control characters, emoji, other scripts, HTML, template blanks,
 * identifiers) and a few rows are broken (bad JSON, a number for text, a blank id, an
 * impossible date, an unknown contact type), as real exports are.
 *
 * The same seed gives the same file, byte for byte; it streams to disk so a million
 * notes never sit in memory.
 */
import { addDays } from '../../lib/dates';
import { writeRows, type NoteRow } from './notes-file';
import { rng } from './random-history';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const FIRST = ['Maria', 'James', 'Aaliyah', 'DeShawn', 'Nguyen', 'Fatima', 'Tyler', 'Brianna', 'Luis', 'Keisha', 'Ahmed', 'Jessica', 'Hmong', 'Olga', 'Marcus', 'Priya', 'Cody', 'Yesenia', 'Abdi', 'Hannah', 'Jose', 'Tameka', 'Dmitri', 'Ashley', 'Kwame', 'Rosa', 'Brandon', 'Leticia', 'Mohamed', 'Kayla'];
const LAST = ['Lopez', 'Smith', 'Johnson', 'Tran', 'Hassan', 'Williams', 'Garcia', 'Yang', 'Brown', 'Ali', 'Martinez', 'Davis', 'Vang', 'Miller', 'Ahmed', 'Wilson', 'Nguyen', 'Jackson', 'Her', 'Anderson', 'Okafor', 'Thompson', 'Moua', 'Rodriguez', 'Clark'];
const WHO = ['cust', 'customer', 'client', 'participant', 'ptcp', 'youth', 'pt', 'cl', 'jobseeker', 'the participant', 'the customer'];
const STAFF_SELF = ['CM', 'this writer', 'I', 'Staff', 'Career advisor', 'ccm', 'Writer', 'CW'];
const SCHOOLS = ['Ozarks Technical CC', 'St. Louis CC', 'Metro Tech', 'Hennepin Tech', 'Saint Paul College', 'MCC-Penn Valley', 'Dakota County Tech', 'State Fair CC', 'Vatterott', 'Anoka Tech', 'North Hennepin CC', 'Crowder College'];
const PROGRAMS = ['CNA', 'welding', 'CDL-A', 'phlebotomy', 'HVAC', 'medical assistant', 'LPN', 'IT support (CompTIA A+)', 'machining', 'pharmacy tech', 'accounting clerk', 'electrical apprentice', 'dental assistant', 'forklift', 'GED'];
const EMPLOYERS = ['Walmart', 'Amazon', 'Target', 'Mercy Hospital', 'Hy-Vee', 'FedEx', 'Menards', 'Cargill', 'Boeing', 'SSM Health', 'Fastenal', 'Home Depot', 'UPS', 'Tyson', 'Allina', 'Casey\'s'];
const PROVIDERS = ['instructor', 'teacher', 'program coordinator', 'registrar', 'employer', 'supervisor', 'HR', 'financial aid office', 'training provider', 'school counselor', 'job coach'];
const RELATIVES = ['mom', 'mother', 'dad', 'grandmother', 'spouse', 'husband', 'wife', 'sister', 'roommate', 'boyfriend', 'aunt'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function who(r: Rand): string {
  const x = r();
  if (x < 0.6) return pick(r, WHO);
  if (x < 0.8) return pick(r, FIRST);
  return `${pick(r, ['Mr.', 'Ms.', 'Mrs.'])} ${pick(r, LAST)}`;
}

function aDate(r: Rand): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const x = r();
  if (x < 0.45) return `${m}/${d}`;
  if (x < 0.7) return `${m}/${d}/${pick(r, ['25', '2025', '2026', '24'])}`;
  if (x < 0.8) return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/2025`;
  if (x < 0.9) return `${MONTHS[m - 1]} ${d}`;
  return `${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}`;
}

const time = (r: Rand) => `${int(r, 1, 12)}:${pick(r, ['00', '15', '30', '45', '05'])}${pick(r, ['', ' am', ' pm', 'p', 'a'])}`;
const pct = (r: Rand) => `${int(r, 55, 100)}%`;
const grade = (r: Rand) => pick(r, ['A', 'B', 'C', 'A/B', 'B/C', 'B+', 'A-', '3.2 GPA', '2.8 GPA', 'passing']);
const money = (r: Rand) => `$${int(r, 11, 32)}.${pick(r, ['00', '50', '25', '75'])}/hr`;

/** Sentence makers, each a kind of thing a note says; `{}` slots are filled from the note's random stream. */
type Maker = (r: Rand) => string;
const S = (...ms: Maker[]) => ms;

/** The note's contact: what the note is mostly about (the rules' main path). */
const OPENINGS: Record<string, Maker[]> = {
  phone: S(
    (r) => `TC w/ ${who(r)} ${aDate(r)}.`,
    (r) => `Called ${who(r)} at ${time(r)}, spoke with ${pick(r, ['them', 'her', 'him', who(r)])}.`,
    (r) => `Phone call with ${who(r)} to check in on ${pick(r, PROGRAMS)} training.`,
    (r) => `${pick(r, STAFF_SELF)} spoke with ${who(r)} by phone for the monthly contact.`,
    (r) => `${who(r)} called ${pick(r, ['CM', 'me', 'this writer', 'the office'])} back ${aDate(r)} and we talked about ${pick(r, ['classes', 'work', 'the job search', 'transportation', 'childcare'])}.`,
    (r) => `Monthly contact - phone. ${who(r)} answered.`,
    (r) => `Video call (Teams) with ${who(r)} ${aDate(r)} ${time(r)}.`,
    (r) => `Zoom meeting w/ ${who(r)} re: ${pick(r, PROGRAMS)} progress.`,
  ),
  visit: S(
    (r) => `OV with ${who(r)} ${aDate(r)}.`,
    (r) => `Met w/ ${who(r)} in office to review ${pick(r, ['the IEP', 'the ISS', 'progress', 'the training plan', 'job leads'])}.`,
    (r) => `${who(r)} came in to the ${pick(r, ['job center', 'AJC', 'office', 'WFC'])} for a scheduled appointment.`,
    (r) => `Home visit with ${who(r)} and ${pick(r, RELATIVES)}.`,
    (r) => `Face to face meeting at ${pick(r, SCHOOLS)} with ${who(r)}.`,
    (r) => `Walk-in: ${who(r)} stopped by to drop off ${pick(r, ['pay stubs', 'a schedule', 'grades', 'a receipt', 'the FAFSA'])}.`,
  ),
  written: S(
    (r) => `Sent email to ${who(r)} re: ${pick(r, ['FAFSA', 'the ITA', 'bus passes', 'the next appointment', 'a job lead'])}, no response yet.`,
    (r) => `Emailed ${who(r)} ${aDate(r)}. ${who(r)} replied ${aDate(r)} saying ${pick(r, ['classes are going well', 'she passed the exam', 'he started work', 'they need gas money', 'all good'])}.`,
    (r) => `Letter mailed to ${who(r)} ${aDate(r)} asking them to contact CM.`,
    (r) => `Text sent to ${who(r)} to confirm appt ${aDate(r)} ${time(r)}.`,
    (r) => `Received text from ${who(r)}: "${pick(r, ['got the job!!', 'can we reschedule', 'passed my test', 'car broke down again', 'thank u'])}"`,
    (r) => `Benchmark letter sent ${aDate(r)}; ${who(r)} has not responded.`,
  ),
  attempt: S(
    (r) => `Called ${who(r)}, no answer. LM.`,
    (r) => `Attempted to reach ${who(r)} by phone ${aDate(r)}, VM full.`,
    (r) => `Called ${who(r)} at ${time(r)}, number disconnected.`,
    (r) => `TC to ${who(r)}, NA, left VM asking for a call back.`,
    (r) => `Called, phone rang out. Tried again ${aDate(r)}, wrong number.`,
    (r) => `No show for appt ${aDate(r)}. Called ${who(r)}, no answer.`,
    (r) => `Left message with ${pick(r, RELATIVES)} to have ${pick(r, ['client', 'cust', 'her', 'him'])} call CM.`,
  ),
  third: S(
    (r) => `Spoke with ${pick(r, PROVIDERS)} by phone, ${who(r)} attending, ${pct(r)} attendance.`,
    (r) => `Per ${pick(r, PROVIDERS)} at ${pick(r, SCHOOLS)}, ${who(r)} is on track to complete ${aDate(r)}.`,
    (r) => `Received attendance report from ${pick(r, SCHOOLS)}: ${pct(r)}.`,
    (r) => `${pick(r, RELATIVES)} called to say ${who(r)} is sick and will call next week.`,
    (r) => `Employer (${pick(r, EMPLOYERS)}) verified ${who(r)} is working ${int(r, 12, 40)} hrs/wk.`,
  ),
  plan: S(
    (r) => `Will call ${who(r)} ${aDate(r)} to follow up.`,
    (r) => `Scheduled OV with ${who(r)} for ${aDate(r)} at ${time(r)}.`,
    (r) => `Plan to contact ${who(r)} next week about ${pick(r, PROGRAMS)} enrollment.`,
  ),
  form: S(
    (r) => `Contact Type: ${pick(r, ['Phone', 'Office Visit', 'Email', 'Text'])}\nContact With: ${pick(r, ['Client', 'Customer', 'Instructor', 'Mother'])}\nResults: ${pick(r, ['Discussed progress in class', 'will call back next week', 'No change', 'Attending, good grades'])}`,
    (r) => `Purpose: ${pick(r, ['monthly check-in', '90-day contact', 'follow-up'])}\nMethod: ${pick(r, ['phone', 'in person', 'email'])}\nOutcome: ${pick(r, ['spoke with participant', 'no answer', 'left voicemail', 'participant reports attending'])}`,
  ),
  thread: S(
    (r) => `Text thread ${aDate(r)}:\nCM: how is ${pick(r, PROGRAMS)} going?\n${pick(r, FIRST)}: ${pick(r, ['good, passed module 3', 'ok', 'busy with work', 'can we move my appt?'])}\nCM: ${pick(r, ['great, keep it up', 'sure, 4/21 at 10?', 'call me when you can'])}`,
    (r) => `Teams chat w/ cust:\nMe: checking in\n${pick(r, FIRST)} (${aDate(r)} ${time(r)}): ${pick(r, ['started at ' + pick(r, EMPLOYERS), 'still looking', 'need help with rent'])}`,
  ),
  headers: S(
    (r) => `From: ${pick(r, FIRST).toLowerCase()}.${pick(r, LAST).toLowerCase()}@${pick(r, ['gmail.com', 'yahoo.com', 'hotmail.com'])}\nTo: cm@jobcenter.mo.gov\nSubject: RE: check-in\n\n${pick(r, ['I passed my exam', 'Classes are fine', 'I got hired at ' + pick(r, EMPLOYERS), 'Can you call me'])}`,
    (r) => `From: ${pick(r, ['advisor@wfc.mn.us', 'Career Advisor', 'CM'])}\nTo: ${who(r)}\nSubject: ${pick(r, ['Monthly contact', 'Documents needed', 'Appointment'])}\n\nPlease send your ${pick(r, ['pay stubs', 'grades', 'schedule'])} by ${aDate(r)}.`,
  ),
  history: S(
    (r) => `*** Carried forward from ${aDate(r)} note ***\nTC w/ cust, attending classes.\n*** New ${aDate(r)} ***\n${pick(r, ['Called cust, no answer.', 'OV w/ cust, passed midterm.', 'Emailed cust re: schedule.'])}`,
    (r) => `Prior: OV ${aDate(r)} w/ ${who(r)}, all on track.\n${aDate(r)}: ${pick(r, ['letter mailed', 'TC w/ cust, working at ' + pick(r, EMPLOYERS), 'no show'])}`,
  ),
  spanish: S(
    (r) => `Llamé a ${pick(r, FIRST)}, ${pick(r, ['no contestó, dejé mensaje', 'hablamos de sus clases', 'dijo que está trabajando'])}.`,
    (r) => `Reunión en persona con ${pick(r, ['la participante', 'el cliente'])} ${aDate(r)}; asiste a clases de ${pick(r, ['inglés', 'soldadura', 'CNA'])}.`,
  ),
};
const KIND_WEIGHTS: Array<[string, number]> = [
  ['phone', 30], ['visit', 18], ['written', 12], ['attempt', 14], ['third', 8], ['plan', 4], ['form', 4], ['thread', 3], ['headers', 3], ['history', 2], ['spanish', 2],
];
const KIND_TOTAL = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);

/** What the rest of a note says: progress, services, barriers, plans, record keeping. */
const BODY: Maker[] = S(
  (r) => `${who(r)} reports attending ${pick(r, PROGRAMS)} classes ${pick(r, ['M-F', 'MWF', 'T/Th', 'evenings', 'online'])}, grades ${grade(r)}.`,
  (r) => `Completed module ${int(r, 1, 12)} of ${pick(r, PROGRAMS)} cert, ${pct(r)} attendance.`,
  (r) => `Passed the ${pick(r, ['state exam', 'skills test', 'midterm', 'CDL permit test', 'NHA exam', 'Accuplacer'])} on ${aDate(r)}.`,
  (r) => `On track to complete ${aDate(r)}; continue ITA thru ${int(r, 1, 12)}/30.`,
  (r) => `Working ${int(r, 10, 40)} hrs/wk at ${pick(r, EMPLOYERS)} for ${money(r)} while in school.`,
  (r) => `Started new job at ${pick(r, EMPLOYERS)} on ${aDate(r)}, ${money(r)}, ${pick(r, ['full time', 'part time', '2nd shift', 'with benefits'])}.`,
  (r) => `Needs ${pick(r, ['a bus pass', 'gas cards', 'childcare assistance', 'work boots', 'scrubs', 'a laptop', 'help with rent'])}; ${pick(r, ['referred to', 'will ask', 'approved support from'])} ${pick(r, ['supportive services', 'CAP agency', 'the SNAP E&T team', 'Salvation Army'])}.`,
  (r) => `Barriers: ${pick(r, ['transportation', 'childcare', 'housing', 'health', 'no phone minutes', 'court dates'])}. Discussed ${pick(r, ['options', 'a budget', 'a backup plan', 'resources'])}.`,
  (r) => `Supportive services ${pick(r, ['justified', 'needed'])} because ${who(r)} ${pick(r, ['cannot afford tools for class', 'has no car', 'lost hours at work', 'has clinicals across town'])}.`,
  (r) => `Next TC in ${pick(r, ['30', '2 weeks', '60', 'a month'])} days.`,
  (r) => `Next appt ${aDate(r)} at ${time(r)}.`,
  (r) => `Follow up ${aDate(r)} re: ${pick(r, ['transcript', 'job offer', 'WEX timesheet', 'credential', 'enrollment'])}.`,
  () => `Reviewed the ISS and enrollments in Workforce One; activities match.`,
  (r) => `Uploaded ${pick(r, ['grades', 'the attendance record', 'the schedule', 'test results', 'pay stubs'])} to the file.`,
  (r) => `${pick(r, ['Grades', 'Attendance record', 'Class schedule', 'Transcript'])} ${pick(r, ['received', 'requested', 'reviewed'])}.`,
  (r) => `Discussed ${pick(r, ['resume', 'interview skills', 'job leads at ' + pick(r, EMPLOYERS), 'budgeting', 'FAFSA renewal', 'the WEX placement'])} with ${who(r)}.`,
  (r) => `${who(r)} ${pick(r, ['is motivated', 'seems stressed', 'is doing well', 'is behind on hours', 'is unsure about the program'])} and ${pick(r, ['wants to keep going', 'asked about a transfer', 'will talk to the instructor', 'plans to finish'])}.`,
  (r) => `Will ${pick(r, ['send', 'mail', 'email'])} ${pick(r, ['the ITA voucher', 'a bus pass', 'job leads', 'the release form'])} by ${aDate(r)}.`,
  (r) => `Credential ${pick(r, ['earned', 'pending', 'expected'])}: ${pick(r, PROGRAMS)} ${pick(r, ['certificate', 'license', 'cert'])}.`,
  (r) => `${who(r)} interviewed with ${pick(r, EMPLOYERS)} ${aDate(r)} and ${pick(r, ['is waiting to hear', 'got an offer', 'was not selected', 'has a 2nd interview'])}.`,
  (r) => `Unable to reach ${pick(r, PROVIDERS)} to verify attendance; will try again.`,
  (r) => `${pick(r, ['Per', 'Spoke with'])} ${pick(r, PROVIDERS)}, ${who(r)} has ${pick(r, ['missed 2 classes', 'perfect attendance', 'a make-up test', 'clinicals next week'])}.`,
  (r) => `Customer states ${pick(r, ['she is pregnant and due in May', 'he moved to a new address', 'they need evening classes', 'the car is fixed'])}.`,
  (r) => `${int(r, 2, 9)} job applications submitted this week${pick(r, ['.', ', 1 callback.', ', no responses yet.'])}`,
);

/** Odd things that turn up in real exports, applied to a small share of notes. */
const ODD: Array<(r: Rand, text: string) => string> = [
  (_r, t) => t.toUpperCase(),
  (r, t) => t.replace(/ /g, () => pick(r, [' ', '  ', '\t', ' \u00a0'])),
  (r, t) => `${t} ${pick(r, ['😀', '👍🏽', '🙏', '✅✅', '¯\\_(ツ)_/¯'])}`,
  (r, t) => `${t} ${pick(r, ['客户已参加培训。', 'العميل يحضر الدروس', 'Клиент посещает занятия.', 'Khách hàng đi học đều.'])}`,
  (_r, t) => `<p>${t.replace(/\. /g, '.</p><p>')}</p>`,
  (r, t) => `${t} SSN ${int(r, 100, 899)}-${int(r, 10, 99)}-${int(r, 1000, 9999)} on file.`,
  (r, t) => `${t} DOB ${int(r, 1, 12)}/${int(r, 1, 28)}/${int(r, 1960, 2006)}.`,
  (_r, t) => `[participant name] ${t} Next contact: [date]`,
  (_r, t) => t.replace(/\. /g, '.\r\n'),
  (r, t) => `${t}${'!'.repeat(int(r, 2, 12))} ${'?'.repeat(int(r, 2, 5))}`,
  (r, t) => `${t} https://portal.example.org/case/${int(r, 100000, 999999)}?tab=notes&id=${'x'.repeat(int(r, 20, 200))}`,
  (_r, t) => `\u200b${t.replace(/o/g, 'o\u200b')}\u0007`,
  (r, t) => `- ${t.split('. ').join(`\n${pick(r, ['-', '*', '•', '1.'])} `)}`,
  (_r, t) => t.replace(/'/g, '\u2019').replace(/-/g, '\u2014'),
];

function wordCount(r: Rand): number {
  const x = r();
  if (x < 0.1) return int(r, 1, 8);
  if (x < 0.7) return int(r, 9, 80);
  if (x < 0.95) return int(r, 81, 200);
  return int(r, 201, 300);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** One note's text: an opening of its kind, then body sentences up to its length. */
export function noteText(r: Rand): { text: string; kind: string } {
  let x = r() * KIND_TOTAL;
  let kind = 'phone';
  for (const [k, w] of KIND_WEIGHTS) {
    if ((x -= w) < 0) {
      kind = k;
      break;
    }
  }
  const target = wordCount(r);
  let text = pick(r, OPENINGS[kind] ?? [])(r);
  let n = words(text);
  if (n > target) {
    // Short notes: the first few words of the opening ("TC w/ cust", "Called").
    text = text.split(/ +/).slice(0, target).join(' ');
  } else {
    const sep = r() < 0.15 ? '\n' : ' ';
    while (n < target) {
      const s = pick(r, BODY)(r);
      text += sep + s;
      n += words(s);
    }
  }
  if (r() < 0.08) text = pick(r, ODD)(r, text);
  return { text, kind };
}

const TYPES_BY_KIND: Record<string, readonly string[]> = {
  phone: ['Telephone', 'Phone', 'Phone Call', 'TC', 'Video', 'telephone'],
  visit: ['In Person', 'Office Visit', 'OV', 'Face to Face', 'Home Visit', 'in-person'],
  written: ['E-mail', 'Email', 'Letter', 'Text', 'Text Message', 'Mail'],
  attempt: ['Telephone', 'Phone', 'Phone Call'],
  third: ['Telephone', 'Email', 'Correspondence'],
};

/** A row of the export: the same columns as the plain bench file's. */
export type VariedRow = NoteRow;

const STAFF = ['A. Rivera', 'B. Chen', 'C. Okafor', 'D. Smith', 'E. Novak', 'F. Yang', 'G. Haile', 'H. Schmidt', 'I. Reyes', 'J. Olson', 'K. Mbeki', 'L. Park'];

/** The day the bench audits its exports as of (`--as-of`): the generated contacts lead up to it. */
export const VARIED_TODAY = '2026-06-01';

/**
 * Participant `p`'s contact days, as offsets from `today`: drawn from a stream of its own, its `n`
 * notes a few days to weeks apart (a neglected one's up to 140), the last of them shortly before
 * `today` (up to a month; a neglected participant's up to four months, an open gap as of today),
 * as in a current export. Never after `today`.
 */
function contactDays(seed: number, p: number, n: number): () => number {
  const neglected = p % 7 === 0;
  const steps = () => {
    const r = rng(seed * 100_003 + p + 1);
    return () => 1 + Math.floor(r() * (neglected ? 140 : 45));
  };
  const ahead = steps();
  let span = 0;
  for (let k = 1; k < n; k++) span += ahead();
  const lead = Math.floor(rng(seed * 100_019 + p + 1)() * (neglected ? 120 : 30));
  const walk = steps();
  let day = -(span + lead);
  let first = true;
  return () => {
    if (first) first = false;
    else day += walk();
    return day;
  };
}

/**
 * `count` rows (one per line of the file, so broken ones included) for count/20 participants
 * over about two years up to `today`; a seventh of participants are contacted rarely (gaps). A row is a
 * VariedRow, or (about 1 in 800) a raw line that is broken in some way.
 */
export function* variedNotes(count: number, seed = 11, today = VARIED_TODAY): Generator<VariedRow | { raw: string }> {
  const r = rng(seed);
  const participants = Math.max(1, Math.round(count / 20));
  const days: Array<() => number> = [];
  for (let i = 0; i < count; i++) {
    const p = i % participants;
    // (The main stream's draw that once walked the dates, kept so every note's text stays as it was.)
    r();
    const next = (days[p] ??= contactDays(seed, p, Math.floor((count - 1 - p) / participants) + 1));
    const iso = addDays(today, next());
    const { text, kind } = noteText(r);
    const d = r();
    const [y, m, dd] = iso.split('-');
    const date = d < 0.6 ? iso : d < 0.85 ? `${Number(m)}/${Number(dd)}/${y}` : d < 0.998 ? '' : pick(r, ['13/45/2025', 'yesterday', '2025-02-30']);
    const t = r();
    const contact_type = t < 0.8 ? pick(r, TYPES_BY_KIND[kind] ?? ['']) : t < 0.998 ? '' : pick(r, ['carrier pigeon', 'Fax', 'Other']);
    const row: VariedRow = { id: `n${i + 1}`, participant_id: `P${String(p + 1).padStart(6, '0')}`, date, staff: STAFF[p % STAFF.length] ?? '', contact_type, text };
    if (r() < 1 / 800) {
      const broken = pick(r, [
        () => ({ raw: JSON.stringify(row).slice(0, -3) }),
        () => ({ raw: JSON.stringify({ ...row, text: 42 }) }),
        () => ({ raw: JSON.stringify({ ...row, id: '  ' }) }),
        () => ({ raw: JSON.stringify({ id: row.id, participant_id: row.participant_id }) }),
        () => ({ raw: '' }),
        () => ({ raw: JSON.stringify([row.text]) }),
      ]);
      yield broken();
    } else yield row;
  }
}

/** Writes `count` varied notes to `path` as JSON Lines (.jsonl) or CSV (anything else; broken rows left out), dated up to `today`. */
export function writeVariedNotesFile(path: string, count: number, seed = 11, today = VARIED_TODAY): Promise<void> {
  return writeRows(path, variedNotes(count, seed, today));
}
