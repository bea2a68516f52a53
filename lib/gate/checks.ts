/**
 * Help with the note being typed: its check against the page's pack, the templates offered on the page,
 * and the sentence stating a contact the case manager confirmed. The rules and their words run here in
 * the background, so the content script carries none of them (ARCHITECTURE.md).
 */
import { sentenceFor } from '../coach/stated-contact';
import { readUsDate } from '../dates';
import { contactTypeOrNull } from '../text/contact-type';
import type { ContentAnswers, GateContext } from './context';

export function checkAnswers({ deps }: GateContext): ContentAnswers<'page-check' | 'page-templates' | 'page-stated-contact'> {
  return {
    async 'page-check'(request, caller) {
      if (!deps.checkNote) throw new Error('Notes are not checked here.');
      return deps.checkNote(request.note, request.system, caller.url.href);
    },
    async 'page-templates'(request, caller) {
      return deps.templatesFor ? deps.templatesFor(request.system, caller.url.href) : [];
    },
    async 'page-stated-contact'(request) {
      if (!deps.today) throw new Error('Stated contacts are not written here.');
      const { kind: _, ...asked } = request;
      return sentenceFor({ ...asked, today: deps.today() }, readUsDate, contactTypeOrNull);
    },
  };
}
