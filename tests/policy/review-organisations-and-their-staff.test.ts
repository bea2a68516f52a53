/**
 * A capitalised name followed by a word for a group of workers ('Goodwill staff', 'Job Corps reps', 'Hy-Vee
 * management', 'Job Corps personnel', 'faculty', 'folks') is an organisation's people, and a program's own name
 * ('Job Corps') is no person: a meeting with them is no contact with her, in either pack. ('Met with the
 * Job Corps staff', 'Met with staff at Job Corps', 'Met with DVR staff' and 'Met w/ Job Corps instructors' are refused
 * today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("an organisation's people, or a program, after 'met with'", () => {
  doesNotCount([
    'Met w/ Job Corps staff 3/4.',
    'Met with Goodwill staff 3/4.',
    'Met with Ranken staff 3/4 re: her schedule.',
    'Met w/ Job Corps reps 3/4.',
    'Met with Hy-Vee management 3/4.',
    'Met with Job Corps personnel 3/4.',
    'Met with Job Corps faculty 3/4.',
    'Met w/ Job Corps folks 3/4.',
    'Met w/ Job Corps 3/4.',
  ]);
});
