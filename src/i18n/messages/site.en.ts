// English UI text of the site frame and the shared vocabulary, owned by the kernel: same shape as site.sv.ts.
import { numberFormat } from '@/i18n/intl-formats';
import { template } from '@/i18n/template';

import type { SiteMessages } from './site.sv';

// Numbers in messages the way the language writes them, as the character counter does ('5 000', '5,000').
const n = (value: number) => numberFormat('en').format(value);

export const siteEn: SiteMessages = {
  meta: {
    title: 'Trappan – buyer networks for innovation procurement',
    description:
      'Trappan brings public buyer networks together: shared needs, market dialogue and innovation procurement along the innovation ladder.',
  },
  layout: {
    skipLink: 'Skip to content',
    homeLink: 'Trappan, home',
    menu: 'Menu',
    mainNav: 'Main menu',
    networks: 'Networks',
    dialogues: 'Market dialogues',
    overview: 'Overview',
    openData: 'Open data',
    me: 'My networks',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    languageSwitch: 'På svenska',
    languageSwitchLang: 'sv',
    footerAbout: 'About Trappan',
    footerContact: 'Contact',
    footerPrivacy: 'Privacy',
    footerAccessibility: 'Accessibility',
    footerNav: 'About the site',
    footer:
      "Trappan is open-source software for public buyer networks. The network facts come from the Swedish National Agency for Public Procurement's report 2019:3.",
  },
  enums: {
    initiator: { AGENCY: 'Agency-initiated', BUYER: 'Buyer-initiated' },
    status: { FORMING: 'Forming', ACTIVE: 'Active', DORMANT: 'Dormant', CLOSED: 'Closed' },
    role: { COORDINATOR: 'Coordinator', STEERING: 'Steering group', MEMBER: 'Member', OBSERVER: 'Observer' },
    membershipStatus: { ACTIVE: 'Active', LEFT: 'Left', REMOVED: 'Removed' },
    networkLinkKind: { RESULT: 'Result', REPORT: 'Report' },
    thematicAreaStatus: { PROPOSED: 'Proposed', APPROVED: 'Approved' },
    fundingKind: { BASE: 'Base funding', PROJECT: 'Project funding', MEMBERSHIP_FEES: 'Membership fees', IN_KIND: 'Working time in kind' },
    fundingPeriodStatus: { APPLIED: 'Applied for', GRANTED: 'Granted', ENDED: 'Ended' },
    membershipPolicy: {
      OPEN: 'Open to join',
      APPROVAL: 'Joining by approval',
      INVITATION: 'By invitation only',
    },
    organizationKind: {
      MUNICIPALITY: 'Municipality',
      REGION: 'Region',
      STATE_AGENCY: 'State agency',
      PUBLIC_COMPANY: 'Publicly owned company',
      CENTRAL_PURCHASING_BODY: 'Central purchasing body',
      ASSOCIATION: 'Association or organisation',
      COMPANY: 'Company',
      ACADEMIA: 'Academia',
      OTHER: 'Other',
    },
    platformRole: { ADMIN: 'Administrator', AGENCY_STAFF: 'Agency staff', NONE: '' },
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'The address may be mistyped, or the page has moved.',
    toStart: 'Go to the home page',
    errorTitle: 'Something went wrong',
    errorText: 'The page could not be shown right now. Please try again in a moment.',
    retry: 'Try again',
    forbiddenTitle: 'This page is not open to you',
    forbiddenText: 'You are signed in, but your role does not give access to this page. It is for people with a certain role, such as the network’s coordinators.',
    toMyPage: 'Go to My networks',
  },
  /** The input rules every form shares (src/server/input-rules.ts, src/ui/character-count.tsx). */
  input: {
    required: (label: string) => `Fill in ${label.charAt(0).toLocaleLowerCase('en-GB')}${label.slice(1)}.`,
    tooLong: (max: number, length: number) =>
      `The text is ${n(length)} characters; at most ${n(max)} fit. Shorten it by ${n(length - max)}.`,
    webAddress: 'Enter a web address, for example www.malmo.se or https://www.malmo.se.',
    invalidTime: 'Enter a valid time in Swedish time, for example 2026-12-10 12:00.',
    inPast: 'That time has already passed. Choose a time ahead (Swedish time).',
    counter: template('{count} of {max} characters'),
    counterOver: template('{count} of {max} characters, {over} too many'),
    overLimit: template('The text is longer than {max} characters.'),
    requiredMark: 'required',
  },
  actions: {
    fixErrors: 'Correct the errors below and try again.',
    databaseUnavailable: "Trappan's database is not answering right now. What you typed is still in the form: please try again in a moment.",
    unexpected: 'Something went wrong and nothing was saved. Please try again shortly.',
    tooMany: (minutes: number) => `Too many attempts. Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again.`,
  },
  refused: {
    networkEnded: 'The network has ended. Its pages, decisions and open data remain, but nothing can be added or changed.',
    signedOut: 'You need to sign in to do this.',
    notCoordinator: "Only the network's coordinators can do this.",
    notMember: 'Only members of the network can do this.',
    notFound: 'What you tried to change does not exist, or does not belong to this network.',
    organizationUnknown: 'The organisation is not in Trappan. Choose one from the list or register a new one.',
    organizationExists: 'An organisation with that organisation number is already in Trappan. Choose it from the list instead.',
    link_invalid: 'The link does not work. Check that the whole link came through, or ask for a new one.',
    link_expired: 'The link has expired. Ask for a new one.',
    link_used: 'The link has already been used. Ask for a new one if you need to.',
    emailTaken: 'The address is already used by another account.',
    notAdmin: 'Only Trappan administrators can do this.',
    notAdminOrAgency: 'Only Trappan administrators and agency staff can do this.',
    lastAdmin: "You are Trappan's only administrator. Give another person the administrator role before you delete your account.",
    notAffiliated:
      'Your organisation has not confirmed you yet. Until then you can read, but not join networks, vote or speak for the organisation.',
  },
};
