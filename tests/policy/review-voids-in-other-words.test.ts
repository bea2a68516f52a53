/**
 * A note voided, retracted, superseded or marked as on the wrong file in words other than "VOID", "Duplicate entry"
 * or "entered in error" ('This entry is void.', 'Entry rescinded.', 'Retracted.', 'Invalid entry.', 'Superseded by
 * the note of 3/5.', 'Ignore this note.', '- wrong cust.'), a correction of who was on the line in other words
 * ('Correction: was her sister.', 'Found out later it was her roommate.', 'It was her sister posing as her.') and a
 * training exercise in other words ('Simulated meeting with client', 'Role play 3/4:', 'For training only -') records
 * no contact of hers, in either pack. ('Void this note -', '[Voided]', 'Posted to wrong file.', '- ignore, wrong
 * case.', 'Edit: it was her sister, not her.' and 'It was her sister not client.' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a note voided or retracted in other words', () => {
  doesNotCount([
    'Voiding this entry. Met with client 3/4.',
    'This entry is void. Met with client in person 3/4.',
    'Please void. Met with client 3/4 in person.',
    'Met with client 3/4. -- voided by supervisor 3/5',
    'Met with client 3/4 in person. Entry rescinded.',
    'Met with client 3/4 in person. Retracted.',
    'Met with client 3/4 in person. Note retracted 3/5.',
    "Met with client 3/4 in person. This belongs in Ana Ruiz's file.",
    'Met with client 3/4 in person. Invalid entry.',
    'Met with client 3/4 in person. Superseded by the note of 3/5.',
    'Met with client 3/4 in person. Replaced by corrected note 3/5.',
    'Met with client 3/4 in person (erroneous entry).',
    'Met with client 3/4 in person. Erroneous - client was not seen.',
    'Met with client 3/4. Cancel this note.',
    'Met with client 3/4. Ignore this note.',
    'Met with client 3/4 - wrong cust.',
    'Met with client 3/4 - wrong pt.',
  ]);
});

describe('a correction of who was on the line, in other words', () => {
  doesNotCount([
    'Spoke with client by phone 3/4. Correction: her sister, not client.',
    'Spoke with client by phone 3/4. Correction: was her sister.',
    'Spoke with client by phone 3/4. Correction - the caller was her sister.',
    'Spoke with client by phone 3/4. Correction: spoke with sister.',
    'Spoke with client by phone 3/4 (her sister, not client).',
    'Spoke with client by phone 3/4. Spoke with sister, not client.',
    'Spoke with client by phone 3/4. Note: it was her sister I spoke to, not her.',
    'Spoke w/ client 3/4 by phone. Corr: sister, not cust.',
    'Spoke with client by phone 3/4. It was her sister posing as her.',
    'Spoke with client by phone 3/4. Found out later it was her roommate.',
  ]);
});

describe('a training exercise in other words', () => {
  doesNotCount([
    'Simulated meeting with client 3/4 for the training.',
    'For training only - met with client in person 3/4.',
    'Role play 3/4: met with client in person.',
    'Roleplay - Met with client 3/4.',
  ]);
});
