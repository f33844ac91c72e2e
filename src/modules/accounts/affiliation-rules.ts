// Pure rules of affiliation by email domain, shared by the server and its unit tests.
import { isPublicMailDomain } from './public-mail-domains';

/** The part after "@", in lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * An address at one of the organisation's verified domains is confirmed; any other waits. A
 * public mail service never confirms anyone, even if it was verified for an organisation
 * before admins were refused adding one.
 */
export function affiliationByDomain(email: string, verifiedDomains: readonly string[]): 'CONFIRMED' | 'PENDING' {
  const domain = emailDomain(email);
  return verifiedDomains.includes(domain) && !isPublicMailDomain(domain) ? 'CONFIRMED' : 'PENDING';
}
