import { describe, expect, it } from 'vitest';

import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it('keeps the first and last letter of the name and the whole domain', () => {
    expect(maskEmail('anna.ek@malmo.se')).toBe('a…k@malmo.se');
    expect(maskEmail('åsa@umea.se')).toBe('å…a@umea.se');
  });

  it('gives away no more of a short name than its first letter', () => {
    expect(maskEmail('al@example.se')).toBe('a…@example.se');
    expect(maskEmail('a@example.se')).toBe('a…@example.se');
  });

  it('shows nothing of something that is not an address', () => {
    expect(maskEmail('nothing')).toBe('…');
    expect(maskEmail('@example.se')).toBe('…');
  });
});
