import { describe, expect, it } from 'vitest';

import { competenceCoverage } from './competence-coverage';
import { RECOMMENDED_COMPETENCES } from './rules';

describe('competenceCoverage', () => {
  it('counts each competence and lists the recommended ones nobody brings', () => {
    const coverage = competenceCoverage(['PROCURER', 'PROCURER', 'NEED_OWNER', 'OTHER', null]);
    const count = (competence: string) => coverage.counts.find((c) => c.competence === competence)?.count;
    expect(count('PROCURER')).toBe(2);
    expect(count('NEED_OWNER')).toBe(1);
    expect(count('OTHER')).toBe(1);
    expect(count('LAWYER')).toBe(0);
    expect(coverage.notStated).toBe(1);
    expect(coverage.missing).toEqual(['SUBJECT_EXPERT', 'TECHNICIAN', 'LAWYER', 'IT', 'BUSINESS_DEVELOPER', 'ECONOMIST', 'INNOVATION_LEAD', 'PROJECT_MANAGER']);
  });

  it('shows every competence, recommended first and "other" last, not recommended', () => {
    const coverage = competenceCoverage([]);
    expect(coverage.counts.map((c) => c.competence)).toEqual([...RECOMMENDED_COMPETENCES, 'OTHER']);
    expect(coverage.counts.at(-1)).toEqual({ competence: 'OTHER', count: 0, recommended: false });
    expect(coverage.missing).toEqual(RECOMMENDED_COMPETENCES);
  });

  it('misses nothing when every recommended competence is there', () => {
    expect(competenceCoverage(RECOMMENDED_COMPETENCES).missing).toEqual([]);
  });
});
