/**
 * Reading any page: the registry picks the system that drew it, that system
 * reads it, and every read leaves through the page limits (../adapters/limits.ts:
 * rows, field and note sizes, safe links), whichever system made it.
 */
import { isMissingId } from '../adapters/common';
import type { CustomSite } from '../adapters/custom-site';
import { findCustomSite } from '../adapters/custom-site';
import { readGeneric } from '../adapters/generic';
import type { HistoryReader } from '../adapters/generic-history';
import { readGenericParticipant, type WhomReader } from '../adapters/generic-participant';
import { boundRead } from '../adapters/limits';
import type { PageRead } from '../adapters/types';
import { emptyRead, finishRead } from '../adapters/types';
import type { SystemRegistry } from './registry';

export interface ReadOptions {
  customSites?: readonly CustomSite[];
  /**
   * Match patterns of the sites this build runs on (its host permissions). With
   * the custom sites' own, they are where plain http: links are kept (limits.ts).
   */
  sites?: readonly string[];
  /** What reads the notes a page of a system we have never seen lists (../adapters/generic-history.ts); none, none read. */
  history?: HistoryReader;
  /** Whom a page of a system we have never seen is about, in looser shapes (../adapters/generic-whom.ts); loaded with `history`. */
  whom?: WhomReader;
}

/** A system's "couldn't find the ID" taken back once the generic reader has found whom the page is about. */
const found = (problems: string[], participant: unknown): string[] => (participant ? problems.filter((p) => !isMissingId(p)) : problems);

/** `readPage(doc, url, options)` over the systems of `registry`. */
export function pageReader(registry: SystemRegistry) {
  function readAnyPage(doc: Document, url: string, options: ReadOptions): PageRead {
    let system = registry.fallback.id;
    try {
      system = registry.detect(doc, url);
      const customSite = findCustomSite(options.customSites, url);
      const known = system !== registry.fallback.id;
      const read = registry.of(system).read(doc, url, { customSite, history: options.history, whom: options.whom });
      // On a known system an agency's own selectors still win for the note form.
      if (known && customSite?.selectors && Object.keys(customSite.selectors).length > 0) {
        const custom = readGeneric(doc, url, { customSite });
        return finishRead({
          ...read,
          page: custom.editor ? 'note-editor' : read.page,
          editor: custom.editor
            ? { ...custom.editor, ...(read.editor?.participantId ? { participantId: read.editor.participantId } : {}) }
            : read.editor,
          problems: [...read.problems, ...custom.problems],
        });
      }
      // A known system's page its reader does not cover may still hold a note form (other note types), and a system known
      // by loose signs (an ASP.NET grid named like Virtual OneStop's) may be another one whose note form only the generic
      // reader finds: its reader then found nobody and no caseload there (as on every page it calls unknown). A page its
      // reader understood (a caseload, a participant's page) keeps what it is: a comments box there is no note form.
      if (known && !read.editor && !read.participant && !read.caseload.length) {
        const generic = readGeneric(doc, url);
        // (Its own reader found nobody: whom the page names, and the note form is about, is the generic reader's.)
        if (generic.editor) return finishRead({ ...read, page: 'note-editor', editor: generic.editor, participant: generic.participant, problems: found(read.problems, generic.participant) });
      }
      // A page its reader understood but whose individual it could not find (a state's skin draws the header its own way):
      // whom the page names is the generic reader's, as plainly as it says so, rather than nobody.
      // (It stands for the note form's participant too: a read's participant comes before its editor's, lib/gate/reads.ts.)
      if (known && !/unknown|caseload/.test(read.page) && !read.participant) {
        read.participant = readGenericParticipant(doc, url, options.whom);
        read.problems = found(read.problems, read.participant);
      }
      return read;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return emptyRead(system, [`Case Note Coach couldn't read this page (${detail.slice(0, 120)}).`]);
    }
  }

  /** What a page shows, within the limits every page read gets, whichever system read it. */
  return function readPage(doc: Document, url: string, options: ReadOptions = {}): PageRead {
    const sites = [...(options.sites ?? []), ...(options.customSites ?? []).map((s) => s.pattern)];
    return boundRead(readAnyPage(doc, url, options), { pageUrl: url, sites });
  };
}
