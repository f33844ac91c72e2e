// Pure rules of affiliation by email domain, shared by the server and its unit tests.

/** The part after "@", in lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** An address at one of the organisation's verified domains is confirmed; any other waits. */
export function affiliationByDomain(email: string, verifiedDomains: readonly string[]): 'CONFIRMED' | 'PENDING' {
  return verifiedDomains.includes(emailDomain(email)) ? 'CONFIRMED' : 'PENDING';
}
