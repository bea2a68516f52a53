/**
 * The benchmarks' synthetic contact histories, the same for every run. Pure
 * (no Node or browser APIs): the popup bench bundles it into an extension page.
 */
import type { Contact, ContactType } from '../../lib/model';
import { addDays } from '../../lib/dates';

/** Deterministic pseudo-random numbers so every run measures the same caseload. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES: ContactType[] = ['in-person', 'telephone', 'letter', 'email'];

/**
 * `count` contacts with the participant, each on `dayAt(n)` for a random n in
 * 0..879 (about 2.5 years): any type, 70% qualifying, and half the letters and
 * e-mails answered within 20 days.
 */
export function randomContacts(rand: () => number, count: number, dayAt: (n: number) => string): Contact[] {
  const contacts: Contact[] = [];
  for (let c = 0; c < count; c++) {
    const date = dayAt(Math.floor(rand() * 880));
    const contactType = TYPES[Math.floor(rand() * 4)] ?? 'telephone';
    const written = contactType === 'letter' || contactType === 'email';
    contacts.push({
      date,
      contactType,
      party: 'participant',
      qualifies: rand() < 0.7,
      responseDate: written && rand() < 0.5 ? addDays(date, Math.floor(rand() * 20)) : null,
    });
  }
  return contacts;
}
