/** The note vocabulary: tokenizer, phrase matcher, note reader and drop-down normaliser. */
export { tokenize, type Token } from './tokenize';
export { createMatcher, type Match, type Matcher } from './matcher';
export { analyzeText, matcherFor, type NoteAnalysis, type ContactEvent, type Attempt, type Span, type Channel, type Outcome } from './analyze';
export { normaliseContactType, type NormalisedContactType } from './contact-type';
export { VOCABULARY, TAGS, TOKEN_ALIASES, type Tag, type Vocabulary } from './vocabulary';
