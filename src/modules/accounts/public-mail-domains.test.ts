import { describe, expect, it } from 'vitest';

import { isPublicMailDomain, PUBLIC_MAIL_DOMAINS } from './public-mail-domains';

describe('public mail domains', () => {
  it('knows the common services, in any case and with a trailing dot', () => {
    for (const domain of ['gmail.com', 'outlook.com', 'hotmail.com', 'live.se', 'yahoo.com', 'icloud.com', 'telia.com']) expect(isPublicMailDomain(domain)).toBe(true);
    expect(isPublicMailDomain('Gmail.COM.')).toBe(true);
  });

  it('counts a service’s subdomains too', () => {
    expect(isPublicMailDomain('mail.yahoo.com')).toBe(true);
  });

  it('lets organisations’ own domains through, also ones that merely end alike', () => {
    expect(isPublicMailDomain('malmo.se')).toBe(false);
    expect(isPublicMailDomain('uppsala.se')).toBe(false);
    expect(isPublicMailDomain('notgmail.com')).toBe(false);
  });

  it('is kept in lower case without duplicates', () => {
    expect(PUBLIC_MAIL_DOMAINS.every((domain) => domain === domain.toLowerCase())).toBe(true);
    expect(new Set(PUBLIC_MAIL_DOMAINS).size).toBe(PUBLIC_MAIL_DOMAINS.length);
  });
});
