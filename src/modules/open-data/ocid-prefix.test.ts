import { describe, expect, it } from 'vitest';

import { readOcidPrefix } from './ocid-prefix';

describe('readOcidPrefix', () => {
  it('publishes under the unregistered prefix "trappan" until the operator sets one', () => {
    expect(readOcidPrefix({})).toEqual({ prefix: 'trappan', isRegistered: false });
    expect(readOcidPrefix({ TRAPPAN_OCDS_PREFIX: '  ' })).toEqual({ prefix: 'trappan', isRegistered: false });
  });

  it('takes a prefix in the registered form', () => {
    expect(readOcidPrefix({ TRAPPAN_OCDS_PREFIX: 'ocds-b5fd17' })).toEqual({ prefix: 'ocds-b5fd17', isRegistered: true });
    expect(readOcidPrefix({ TRAPPAN_OCDS_PREFIX: ' ocds-0c46vo ' })).toEqual({ prefix: 'ocds-0c46vo', isRegistered: true });
  });

  it('refuses anything else, so a typo never reaches published ocids', () => {
    for (const value of ['ocds-b5fd1', 'ocds-b5fd178', 'OCDS-B5FD17', 'ocds_b5fd17', 'b5fd17', 'trappan', 'ocds-b5fd17-need']) {
      expect(() => readOcidPrefix({ TRAPPAN_OCDS_PREFIX: value }), value).toThrow(/TRAPPAN_OCDS_PREFIX/);
    }
  });
});
