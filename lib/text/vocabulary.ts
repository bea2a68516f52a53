/**
 * The case-note vocabulary as data. Each tag lists the phrases that carry it;
 * a phrase may carry several tags ("called back" is a telephone contact, a
 * response and proof the call connected). Phrases are tokenised with the same
 * tokenizer as notes, so "e-mail", "e mail" and "w/" need no special cases.
 * Policy packs may add phrases per tag (see lib/policy/schema.ts).
 */
import { SPANISH } from './vocabulary-es';
import { CONTACT_WORDS } from './vocabulary-contacts';
import { PEOPLE_WORDS } from './vocabulary-people';
import { CONTENT_WORDS } from './vocabulary-content';
export { TOKEN_ALIASES, FUZZY_TARGETS } from './vocabulary-aliases';

export { TAGS, type Tag, type Vocabulary } from './vocabulary-tags';
import type { Tag, Vocabulary } from './vocabulary-tags';

// Split by job across vocabulary-contacts.ts, vocabulary-people.ts and vocabulary-content.ts; the key order is kept.
export const VOCABULARY: Vocabulary = { ...CONTACT_WORDS, ...PEOPLE_WORDS, ...CONTENT_WORDS };

// Spanish words mixed into English notes, merged by tag.
for (const [tag, phrases] of Object.entries(SPANISH)) {
  const t = tag as Tag;
  VOCABULARY[t] = [...(VOCABULARY[t] ?? []), ...phrases];
}
