import { describe, expect, it } from 'vitest';

import { affiliationByDomain, emailDomain } from './affiliation-rules';

describe('affiliation by email domain', () => {
  it('confirms an address at a verified domain, whatever its case', () => {
    expect(affiliationByDomain('Anna.Ek@Malmo.se', ['malmo.se'])).toBe('CONFIRMED');
  });
  it('leaves a sub-domain, a look-alike and a free-mail address pending', () => {
    expect(affiliationByDomain('anna@skola.malmo.se', ['malmo.se'])).toBe('PENDING');
    expect(affiliationByDomain('anna@malmo.se.example.com', ['malmo.se'])).toBe('PENDING');
    expect(affiliationByDomain('anna@gmail.com', ['malmo.se'])).toBe('PENDING');
  });
  it('never confirms an address at a public mail service, even one verified for the organisation', () => {
    expect(affiliationByDomain('anna@gmail.com', ['gmail.com'])).toBe('PENDING');
  });
  it('takes the domain after the last "@"', () => {
    expect(emailDomain('"a@b"@malmo.se')).toBe('malmo.se');
  });
});
