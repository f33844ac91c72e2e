// Demo people and their organisations, seeded only in demo mode (never in production).
// Every demo account has the password below, which the README documents.
import type { Competence, MembershipRole, PlatformRole } from '@/generated/prisma/enums';

import type { SeedOrganization } from './networks-2019';

export const DEMO_PASSWORD = 'trappan-demo';

export const demoOrganizations: SeedOrganization[] = [
  { key: 'malmo-stad', name: 'Malmö stad', kind: 'MUNICIPALITY', organizationNumber: '212000-1124', countyCode: '12', scbCode: '1280' },
  { key: 'uppsala-kommun', name: 'Uppsala kommun', kind: 'MUNICIPALITY', organizationNumber: '212000-3005', countyCode: '03', scbCode: '0380' },
  { key: 'goteborgs-stad', name: 'Göteborgs Stad', kind: 'MUNICIPALITY', organizationNumber: '212000-1355', countyCode: '14', scbCode: '1480' },
  { key: 'umea-kommun', name: 'Umeå kommun', kind: 'MUNICIPALITY', organizationNumber: '212000-2627', countyCode: '24', scbCode: '2480' },
  { key: 'linkopings-kommun', name: 'Linköpings kommun', kind: 'MUNICIPALITY', countyCode: '05', scbCode: '0580' },
  { key: 'demo-grasytor', name: 'Gräsytor Syd AB (demoföretag)', kind: 'COMPANY', countyCode: '12' },
  // Two more demo companies, so the market dialogues have suppliers who must not see each other.
  { key: 'demo-reningsteknik', name: 'Reningsteknik Nord AB (demoföretag)', kind: 'COMPANY', countyCode: '24' },
  { key: 'demo-ozonteknik', name: 'Ozonteknik Väst AB (demoföretag)', kind: 'COMPANY', countyCode: '14' },
  // A member of Konstgräs beside the municipalities (report p. 37); a member only in the demo,
  // where it has a person to hold the membership.
  { key: 'svenska-fotbollforbundet', name: 'Svenska Fotbollförbundet', kind: 'ASSOCIATION', countyCode: '01' },
  // Member organisations of the demo's network history (prisma/seed/demo-history.ts): they join
  // and some leave over the last two years, so the dashboards show a network changing.
  { key: 'helsingborgs-stad', name: 'Helsingborgs stad', kind: 'MUNICIPALITY', countyCode: '12', scbCode: '1283' },
  { key: 'vasteras-stad', name: 'Västerås stad', kind: 'MUNICIPALITY', countyCode: '19', scbCode: '1980' },
  { key: 'orebro-kommun', name: 'Örebro kommun', kind: 'MUNICIPALITY', countyCode: '18', scbCode: '1880' },
  { key: 'jonkopings-kommun', name: 'Jönköpings kommun', kind: 'MUNICIPALITY', countyCode: '06', scbCode: '0680' },
  { key: 'lunds-kommun', name: 'Lunds kommun', kind: 'MUNICIPALITY', countyCode: '12', scbCode: '1281' },
  { key: 'norrkopings-kommun', name: 'Norrköpings kommun', kind: 'MUNICIPALITY', countyCode: '05', scbCode: '0581' },
  { key: 'sundsvalls-kommun', name: 'Sundsvalls kommun', kind: 'MUNICIPALITY', countyCode: '22', scbCode: '2281' },
  { key: 'karlstads-kommun', name: 'Karlstads kommun', kind: 'MUNICIPALITY', countyCode: '17', scbCode: '1780' },
];

/** Email domains the demo's organisations have verified: a sign-up at one is confirmed at once. */
export const demoVerifiedDomains: Array<{ domain: string; organizationKey: string }> = [{ domain: 'malmo.se', organizationKey: 'malmo-stad' }];

export type DemoAccount = {
  email: string;
  name: string;
  title: string;
  organizationKey: string | null;
  platformRole: PlatformRole;
  /** Whether the organisation has confirmed the person (default: confirmed). */
  affiliation?: 'PENDING';
  /** isListed: named on the network's public page (the secretariat is the public contact). */
  /**
   * The day each membership began (Swedish date): before the groups, needs and minutes the
   * demo gives the network, so no one appears to have voted or proposed before joining.
   */
  memberships: Array<{ networkSlug: string; role: MembershipRole; competence: Competence; isListed?: boolean; since: string }>;
};

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@trappan.test', name: 'Astrid Lind', title: 'Förvaltare av Trappan', organizationKey: null, platformRole: 'ADMIN', memberships: [] },
  { email: 'agency@trappan.test', name: 'Karin Berg', title: 'Handläggare, innovationsupphandling', organizationKey: 'upphandlingsmyndigheten', platformRole: 'AGENCY_STAFF', memberships: [] },
  { email: 'secretariat@trappan.test', name: 'Sara Nyström', title: 'Samordnare', organizationKey: 'sveriges-kultur-och-fritidschefsforening', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'COORDINATOR', competence: 'PROJECT_MANAGER', isListed: true, since: '2017-09-04' }] },
  { email: 'buyer@trappan.test', name: 'Johan Ek', title: 'Upphandlare', organizationKey: 'malmo-stad', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'MEMBER', competence: 'PROCURER', since: '2018-01-22' }] },
  { email: 'buyer2@trappan.test', name: 'Fatima Hassan', title: 'Upphandlare', organizationKey: 'uppsala-kommun', platformRole: 'NONE', memberships: [] },
  { email: 'supplier@trappan.test', name: 'Erik Sand', title: 'Försäljningschef', organizationKey: 'demo-grasytor', platformRole: 'NONE', memberships: [] },
  { email: 'supplier2@trappan.test', name: 'Nora Fjäll', title: 'Affärsutvecklare', organizationKey: 'demo-reningsteknik', platformRole: 'NONE', memberships: [] },
  { email: 'supplier3@trappan.test', name: 'Viktor Dahl', title: 'Teknisk säljare', organizationKey: 'demo-ozonteknik', platformRole: 'NONE', memberships: [] },
  { email: 'funder@trappan.test', name: 'Lena Ström', title: 'Handläggare', organizationKey: 'naturvardsverket', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'OBSERVER', competence: 'SUBJECT_EXPERT', since: '2018-02-05' }] },
  { email: 'goteborg@trappan.test', name: 'Anders Holm', title: 'Fritidschef', organizationKey: 'goteborgs-stad', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'STEERING', competence: 'NEED_OWNER', since: '2017-09-04' }] },
  { email: 'umea@trappan.test', name: 'Maria Lund', title: 'Miljöstrateg', organizationKey: 'umea-kommun', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'MEMBER', competence: 'SUBJECT_EXPERT', since: '2018-04-16' }] },
  // Coordinates another network: the permission tests check that being a coordinator there
  // gives no rights in Konstgräs.
  { email: 'vatten@trappan.test', name: 'Ingrid Åberg', title: 'Samordnare', organizationKey: 'svenskt-vatten', platformRole: 'NONE', memberships: [{ networkSlug: 'avancerad-rening-av-avloppsvatten', role: 'COORDINATOR', competence: 'PROJECT_MANAGER', isListed: true, since: '2018-05-14' }] },
  { email: 'linkoping@trappan.test', name: 'Per Olsson', title: 'Idrottsplatsansvarig', organizationKey: 'linkopings-kommun', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'MEMBER', competence: 'NEED_OWNER', since: '2018-10-08' }] },
  // At the central purchasing body Konstgräs handed its need and market analysis to (report
  // p. 37): a receiver of handovers, not a member of any network (prisma/seed/demo-needs.ts).
  // Signed up at Uppsala kommun from an address outside its domain: reads, but waits for a
  // colleague or an admin to confirm them before joining or voting.
  { email: 'pending@trappan.test', name: 'Olle Väntar', title: 'Inköpare', organizationKey: 'uppsala-kommun', platformRole: 'NONE', affiliation: 'PENDING', memberships: [] },
  { email: 'kommentus@trappan.test', name: 'Helena Wikström', title: 'Upphandlare', organizationKey: 'skl-kommentus', platformRole: 'NONE', memberships: [] },
  // The associations the report names as members of Konstgräs beside the municipalities and its
  // arranger (p. 37). SKL also runs Konstgräs's buyer group (p. 37, prisma/seed/demo-needs.ts),
  // and the steering group of Digitala tjänster inom socialtjänsten has its participants first
  // of all from SKL (p. 39).
  {
    email: 'skl@trappan.test',
    name: 'Eva Sjöberg',
    title: 'Handläggare, upphandling',
    organizationKey: 'skl',
    platformRole: 'NONE',
    memberships: [
      { networkSlug: 'konstgras', role: 'MEMBER', competence: 'BUSINESS_DEVELOPER', since: '2017-09-04' },
      { networkSlug: 'digitala-tjanster-inom-socialtjansten', role: 'STEERING', competence: 'BUSINESS_DEVELOPER', since: '2018-03-12' },
    ],
  },
  // Coordinates Digitala tjänster inom socialtjänsten for SKL, its arranger (p. 39), so that
  // network's history has a secretariat (prisma/seed/demo-history.ts).
  { email: 'socialtjanst@trappan.test', name: 'Mona Karlsson', title: 'Projektledare', organizationKey: 'skl', platformRole: 'NONE', memberships: [{ networkSlug: 'digitala-tjanster-inom-socialtjansten', role: 'COORDINATOR', competence: 'PROJECT_MANAGER', isListed: true, since: '2018-03-12' }] },
  { email: 'fotboll@trappan.test', name: 'Nils Forsberg', title: 'Anläggningsexpert', organizationKey: 'svenska-fotbollforbundet', platformRole: 'NONE', memberships: [{ networkSlug: 'konstgras', role: 'MEMBER', competence: 'TECHNICIAN', since: '2017-11-06' }] },
  // At the firm Table 1 names as arranger of Räddningstjänst (p. 36): the arranger's firm
  // coordinates the network, without a vote.
  { email: 'winguard@trappan.test', name: 'Tobias Ekman', title: 'Samordnare', organizationKey: 'winguard', platformRole: 'NONE', memberships: [{ networkSlug: 'raddningstjanst', role: 'COORDINATOR', competence: 'PROJECT_MANAGER', isListed: true, since: '2018-09-03' }] },
];
