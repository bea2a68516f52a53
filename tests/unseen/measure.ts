/**
 * How the unseen pages are measured and what of it is printed. The dev set prints its per-page table; the
 * locked set prints its aggregates only and hands back counts, never pages, ids or what was read from them,
 * so nobody can tune the reader on a locked page (as the note corpus does with its locked split).
 */
import { aggregate, aggregateReport, report, scorePage, type Aggregate, type PageScore } from './score';
import type { UnseenPage } from './types';

type Print = (text: string) => void;

export function measureDev(title: string, pages: UnseenPage[], print: Print = console.log): { scores: PageScore[]; agg: Aggregate } {
  const scores = pages.map(scorePage);
  const agg = aggregate(scores);
  print(report(title, scores, agg));
  return { scores, agg };
}

/** The locked set: its aggregates printed, and how many pages broke a safety property (counts only). */
export function measureLocked(title: string, pages: UnseenPage[], print: Print = console.log): { agg: Aggregate; wrongAttaches: number; wrongParticipants: number } {
  const scores = pages.map(scorePage);
  const agg = aggregate(scores);
  print(aggregateReport(`${title} (aggregates only)`, agg));
  return {
    agg,
    wrongAttaches: scores.filter((s) => s.attached && !s.attachExpected).length,
    wrongParticipants: scores.filter((s) => s.participant === 'wrong').length,
  };
}
