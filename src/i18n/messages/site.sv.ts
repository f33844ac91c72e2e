// Swedish UI text of the site frame and the shared vocabulary, owned by the kernel: the primary language. English (site.en.ts) must have the same shape.
import { numberFormat } from '@/i18n/intl-formats';
import { template } from '@/i18n/template';

// Numbers in messages the way the language writes them, as the character counter does ('5 000', '5,000').
const n = (value: number) => numberFormat('sv').format(value);

export const siteSv = {
  meta: {
    title: 'Trappan – beställarnätverk för innovationsupphandling',
    description:
      'Trappan samlar offentliga beställarnätverk: gemensamma behov, marknadsdialog och innovationsupphandling längs innovationstrappan.',
  },
  layout: {
    skipLink: 'Hoppa till innehållet',
    homeLink: 'Trappan, till startsidan',
    menu: 'Meny',
    mainNav: 'Huvudmeny',
    networks: 'Nätverk',
    dialogues: 'Marknadsdialoger',
    overview: 'Översikt',
    openData: 'Öppna data',
    me: 'Mina nätverk',
    signIn: 'Logga in',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som',
    languageSwitch: 'In English',
    languageSwitchLang: 'en',
    footerAbout: 'Om Trappan',
    footerContact: 'Kontakt',
    footerPrivacy: 'Personuppgifter',
    footerAccessibility: 'Tillgänglighet',
    footerNav: 'Om webbplatsen',
    footer:
      'Trappan är öppen källkod för offentliga beställarnätverk. Uppgifterna om nätverken bygger på Upphandlingsmyndighetens rapport 2019:3.',
  },
  enums: {
    initiator: { AGENCY: 'Myndighetsinitierat', BUYER: 'Beställarinitierat' },
    status: { FORMING: 'Under uppstart', ACTIVE: 'Aktivt', DORMANT: 'Vilande', CLOSED: 'Avslutat' },
    role: { COORDINATOR: 'Samordnare', STEERING: 'Styrgrupp', MEMBER: 'Medlem', OBSERVER: 'Observatör' },
    membershipStatus: { ACTIVE: 'Aktiv', LEFT: 'Har lämnat', REMOVED: 'Borttagen' },
    networkLinkKind: { RESULT: 'Resultat', REPORT: 'Rapport' },
    thematicAreaStatus: { PROPOSED: 'Föreslaget', APPROVED: 'Godkänt' },
    fundingKind: { BASE: 'Basfinansiering', PROJECT: 'Projektfinansiering', MEMBERSHIP_FEES: 'Medlemsavgifter', IN_KIND: 'Arbetstid som insats' },
    fundingPeriodStatus: { APPLIED: 'Ansökt', GRANTED: 'Beviljad', ENDED: 'Avslutad' },
    membershipPolicy: {
      OPEN: 'Öppet för anslutning',
      APPROVAL: 'Anslutning efter godkännande',
      INVITATION: 'Endast efter inbjudan',
    },
    organizationKind: {
      MUNICIPALITY: 'Kommun',
      REGION: 'Region',
      STATE_AGENCY: 'Statlig myndighet',
      PUBLIC_COMPANY: 'Offentligt ägt bolag',
      CENTRAL_PURCHASING_BODY: 'Inköpscentral',
      ASSOCIATION: 'Förening eller organisation',
      COMPANY: 'Företag',
      ACADEMIA: 'Akademi',
      OTHER: 'Annan',
    },
    platformRole: { ADMIN: 'Administratör', AGENCY_STAFF: 'Myndighetshandläggare', NONE: '' },
  },
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Adressen kan vara felskriven, eller så har sidan flyttats.',
    toStart: 'Till startsidan',
    errorTitle: 'Något gick fel',
    errorText: 'Sidan kunde inte visas just nu. Försök igen om en stund.',
    retry: 'Försök igen',
    forbiddenTitle: 'Sidan är inte öppen för dig',
    forbiddenText: 'Du är inloggad, men din roll ger inte tillgång till den här sidan. Den är till för dem som har en viss roll, till exempel nätverkets samordnare.',
    toMyPage: 'Till Mina nätverk',
  },
  /** The input rules every form shares (src/server/input-rules.ts, src/ui/character-count.tsx). */
  input: {
    required: (label: string) => `Fyll i ${label.charAt(0).toLocaleLowerCase('sv-SE')}${label.slice(1)}.`,
    tooLong: (max: number, length: number) =>
      `Texten är ${n(length)} tecken, högst ${n(max)} får plats. Korta den med ${n(length - max)} tecken.`,
    webAddress: 'Skriv en webbadress, till exempel www.malmo.se eller https://www.malmo.se.',
    invalidTime: 'Ange en giltig tidpunkt i svensk tid, till exempel 2026-12-10 12:00.',
    inPast: 'Tidpunkten har redan passerat. Välj en tid framåt (svensk tid).',
    counter: template('{count} av {max} tecken'),
    counterOver: template('{count} av {max} tecken, {over} för många'),
    overLimit: template('Texten är längre än {max} tecken.'),
    requiredMark: 'obligatoriskt',
  },
  actions: {
    fixErrors: 'Rätta felen nedan och försök igen.',
    databaseUnavailable: 'Trappans databas svarar inte just nu. Det du skrev finns kvar i formuläret: försök igen om en stund.',
    unexpected: 'Något gick fel och ingenting sparades. Försök igen om en stund.',
    tooMany: (minutes: number) => `För många försök. Vänta ${minutes === 1 ? 'en minut' : `${minutes} minuter`} och försök igen.`,
  },
  refused: {
    networkEnded: 'Nätverket är avslutat. Dess sidor, beslut och öppna data finns kvar, men ingenting nytt kan läggas till eller ändras.',
    signedOut: 'Du behöver logga in för att göra det här.',
    notCoordinator: 'Bara nätverkets samordnare kan göra det här.',
    notMember: 'Bara medlemmar i nätverket kan göra det här.',
    notFound: 'Det du försökte ändra finns inte, eller hör inte till det här nätverket.',
    organizationUnknown: 'Organisationen finns inte i Trappan. Välj en i listan eller registrera en ny.',
    organizationExists: 'En organisation med det organisationsnumret finns redan i Trappan. Välj den i listan i stället.',
    link_invalid: 'Länken fungerar inte. Kontrollera att hela länken kom med, eller be om en ny.',
    link_expired: 'Länken har gått ut. Be om en ny.',
    link_used: 'Länken är redan använd. Be om en ny om du behöver.',
    emailTaken: 'Adressen används redan av ett annat konto.',
    notAdmin: 'Bara Trappans administratörer kan göra det här.',
    notAdminOrAgency: 'Bara Trappans administratörer och myndighetshandläggare kan göra det här.',
    lastAdmin: 'Du är Trappans enda administratör. Ge en annan person administratörsrollen innan du tar bort ditt konto.',
    notAffiliated:
      'Din organisation har inte bekräftat dig ännu. Tills dess kan du läsa men inte gå med i nätverk, rösta eller tala för organisationen.',
  },
};

export type SiteMessages = typeof siteSv;
