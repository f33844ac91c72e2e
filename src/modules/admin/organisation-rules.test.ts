import { describe, expect, it } from 'vitest';

import { changedDetails, type OrganisationDetails } from './organisation-rules';

const saved: OrganisationDetails = { name: 'Uppsala kommun', kind: 'MUNICIPALITY', countyCode: '03', scbCode: '0380', organizationNumber: '212000-3005' };

describe('what a save of an organisation changes', () => {
  it('is nothing when every field is as saved', () => {
    expect(changedDetails(saved, { ...saved })).toBeNull();
  });

  it('holds only the fields that differ, before and after', () => {
    expect(changedDetails(saved, { ...saved, name: 'Uppsala kommun (KS)', countyCode: null })).toEqual({
      before: { name: 'Uppsala kommun', countyCode: '03' },
      after: { name: 'Uppsala kommun (KS)', countyCode: null },
    });
  });

  it('counts a field set for the first time', () => {
    expect(changedDetails({ ...saved, organizationNumber: null }, saved)).toEqual({ before: { organizationNumber: null }, after: { organizationNumber: '212000-3005' } });
  });
});
