// Mail services anyone can get an address at. An organisation's email domain confirms everyone
// with an address there as speaking for it (affiliation-rules.ts), so such a domain must never
// be one: anyone could then claim to be the organisation. The list is short on purpose: the
// services Swedish public-sector staff and suppliers most often use privately, the big
// international ones and the Swedish operators' own. An admin who meets another adds it here.
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  // International
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.se',
  'hotmail.com',
  'hotmail.se',
  'live.com',
  'live.se',
  'msn.com',
  'yahoo.com',
  'yahoo.se',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.net',
  // Swedish operators and portals
  'telia.com',
  'spray.se',
  'bredband.net',
  'bredband2.com',
  'comhem.se',
  'tele2.se',
  'passagen.se',
];

/** Whether the domain (lower case, without "@") is a public mail service or one of its subdomains. */
export function isPublicMailDomain(domain: string): boolean {
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  return PUBLIC_MAIL_DOMAINS.some((publicDomain) => name === publicDomain || name.endsWith(`.${publicDomain}`));
}
