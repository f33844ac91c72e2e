// Which competences a network's active members bring, against the ones the agency's report
// recommends (p. 31). Pure, so the members page and its tests count the same way.
import type { Competence } from '@/generated/prisma/enums';

import { COMPETENCES, missingCompetences, RECOMMENDED_COMPETENCES } from './rules';

export type CompetenceCount = { competence: Competence; count: number; recommended: boolean };

export type CompetenceCoverage = {
  /** Every competence in display order (recommended first), with how many members bring it. */
  counts: CompetenceCount[];
  /** Members who have not stated a competence. */
  notStated: number;
  /** The recommended competences nobody brings. */
  missing: Competence[];
};

export function competenceCoverage(competences: ReadonlyArray<Competence | null>): CompetenceCoverage {
  const tally = new Map<Competence, number>();
  let notStated = 0;
  for (const competence of competences) {
    if (competence === null) notStated += 1;
    else tally.set(competence, (tally.get(competence) ?? 0) + 1);
  }
  return {
    counts: COMPETENCES.map((competence) => ({
      competence,
      count: tally.get(competence) ?? 0,
      recommended: RECOMMENDED_COMPETENCES.includes(competence),
    })),
    notStated,
    missing: missingCompetences(competences),
  };
}
