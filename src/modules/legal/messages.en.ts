// English texts of the privacy notice and the accessibility statement: same shape as messages.sv.ts.
import type { LegalMessages } from './messages.sv';

const number = new Intl.NumberFormat('en-GB');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const yearsEn = (n: number) => (n === 1 ? 'one year' : `${number.format(n)} years`);
const daysEn = (n: number) => (n % 365 === 0 ? yearsEn(n / 365) : n === 1 ? 'one day' : `${number.format(n)} days`);
const hoursEn = (n: number) => (n % 24 === 0 ? (n === 24 ? 'a day' : `${number.format(n / 24)} days`) : n === 1 ? 'one hour' : `${number.format(n)} hours`);

export const legalEn: LegalMessages = {
  privacy: {
    title: 'Personal data in Trappan',
    lead: 'How Trappan handles data about you: what is stored, why, for how long and whom to contact.',
    sections: [
      {
        heading: 'Who is responsible',
        items: ['The controller is the organisation that runs this installation of Trappan. How to reach it is under Contact at the bottom.'],
      },
      {
        heading: 'What we store',
        items: [
          'Your account: name, job title, email address, language, your organisation and whether it has confirmed you, your role in Trappan, which kinds of mail you have turned off, and when you last signed in. The password is stored only as an Argon2id hash, never in plain text.',
          'Sign-ins: one row per signed-in browser. It is deleted when you sign out and lasts eight hours at most.',
          'Single-use links to confirm your email address (valid for 24 hours) and to choose a new password (valid for one hour). Only a hash of the link is stored, deleted seven days after the link expired.',
          'Counters that slow down password guessing and too many requests, per email address and per network address (IP address).',
          'If you use your personal calendar link: only a hash of the link.',
          'What you do in networks: memberships and groups, requests to join and invitations, meeting registrations and attendance, proposed agenda items, minutes, decisions and votes, needs, prioritisations, commitments and handovers.',
          'A log of changes: who did what, and when.',
          'The emails Trappan sends you (the outbox): recipient, subject, text and when the email was sent.',
        ],
      },
      {
        heading: 'Why, and on what basis',
        items: [
          'The account is needed so that you can sign in and take part. Its basis is contract: you create the account to use the service.',
          "The networks' work on joint and innovation procurement is a task carried out in the public interest by the public organisations taking part.",
          'Each organisation running an installation of Trappan states its own legal basis.',
          "The log and the counters protect the service and let the networks' decisions be followed up.",
        ],
      },
    ],
    retention: {
      heading: 'For how long',
      items: (p) => [
        'Accounts that never confirmed their email address are deleted after seven days, with their emails. Their rows in the log remain, without a name.',
        'Your account stays until it is deleted.',
        `The counters that slow down password guessing and too many requests are deleted ${hoursEn(p.throttleHours)} after they were last used.`,
        `Emails in the outbox are deleted ${daysEn(p.mailDays)} after they were sent (or could not be sent). Emails not sent yet are not deleted.`,
        p.auditYears === null
          ? "The log is not deleted: it is kept as long as the network's records, because it shows who decided what."
          : `The log is kept for ${yearsEn(p.auditYears)} and then deleted: it shows who decided what, and ten years is the general limitation period in Sweden.`,
        "Minutes and decisions are the networks' records and are not deleted, not even when your account is deleted.",
        p.endedMembershipDays === null
          ? "An ended membership stays in the network's history, with all its details."
          : `An ended membership stays in the network's history (who, for which organisation, in which role, when it began and ended), which the network's statistics are built on. ${capitalise(daysEn(p.endedMembershipDays))} after it ended, why and by whom it was ended are removed, as are your competence and whether you were shown on the network's page.`,
      ],
    },
    laterSections: [
      {
        heading: 'Your rights',
        items: [
          'You can correct your name, job title, language, email address and mail choices yourself under My account.',
          'Under My account you download everything Trappan holds about you (a JSON file) and delete your account. Your memberships and sessions then end, and your name and address are replaced with “Tidigare användare” (former user) in the networks’ minutes, decisions and log, which remain.',
          'Every email of a kind you may turn off has a link to stop that kind, without signing in.',
          'You also have the right to ask for data to be corrected or erased in other ways: contact whoever runs the service (below).',
          'You can complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), imy.se.',
        ],
      },
      {
        heading: 'Cookies',
        items: [
          'Trappan uses only the cookies signing in needs: the session cookie, one that protects forms against forged requests, and one that remembers which page to return to after signing in. No statistics, no tracking, no third-party services.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    lead: 'This statement covers this installation of Trappan and is made by the organisation that runs it. We want as many people as possible to be able to use the website. This is how it meets the Swedish act (2018:1937) on accessibility to digital public services, its known gaps, and how to report problems so that we can fix them.',
    beforeContact: [
      {
        heading: 'How accessible is the website?',
        items: ['We know that the website is not fully accessible: it is partially compliant with WCAG 2.1 level AA. The gaps are listed under Content that is not accessible.'],
      },
      {
        heading: 'What can you do if you cannot use parts of the website?',
        items: ['Contact us (below), and we will give you the information another way.'],
      },
      {
        heading: 'Report accessibility problems',
        items: ['We keep working to improve the website. If you find something that stops you, or that does not meet the law, tell us so that we can fix it.'],
      },
    ],
    afterContact: [
      {
        heading: 'Supervision',
        items: [
          'The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) supervises the act on accessibility to digital public services. If you are not satisfied with how we handled your report, you can report it to DIGG, digg.se.',
        ],
      },
      {
        heading: 'Technical information about the accessibility of the website',
        items: ['The website is partially compliant with the act on accessibility to digital public services, because of the gaps described below.'],
      },
      {
        heading: 'Content that is not accessible',
        items: [
          'No external audit has been made, so we cannot say that the website meets every requirement.',
          'The website has not been tested by users of screen readers.',
          'Automated tests find only some problems; they do not judge, for example, whether texts are easy to understand.',
          'Trappan has no PDF files or attachments. Documents in handovers are links to other websites, which answer for their own accessibility.',
          'The charts on the overview are shown as tables, with their figures as text.',
          'The calendar feed (.ics) and the open data (JSON, CSV) are file formats for other programs, not pages.',
        ],
      },
      {
        heading: 'How we tested the website',
        items: [
          'The pages in our end-to-end tests are checked automatically with axe-core in the Chromium browser, against WCAG 2.1 A and AA. A test fails if axe-core finds a serious or critical problem.',
          'Parts of the tests use only the keyboard: the link past the menu, moving items on the agenda and sending forms.',
          'The website has not yet been audited by anyone outside. We made the latest assessment ourselves on 3 December 2026.',
        ],
      },
    ],
    date: 'This statement was made on 3 December 2026.',
  },
  about: {
    title: 'About Trappan',
    lead: 'Trappan is an open-source web portal for public-sector buyer networks: municipalities, regions and state agencies that share a need and prepare innovation procurement together.',
    sections: [
      {
        heading: 'What a buyer network is',
        items: [
          'A buyer network is a permanent group of buyers who work together on a need or to solve a challenge. Its participants are potential buyers in one defined area (p. 13).',
          'The network does the work that prepares an innovation procurement: need work, market research and capacity building, testing and verifying new solutions, gathering and spreading knowledge, and acting as subject expert in coordinated procurements (p. 13).',
          'The network does not buy; each contracting organisation does its own purchasing (p. 6).',
          'A network can be started by a state agency, which then funds a secretariat, or by the buyers themselves, who then seek funding from third parties (p. 6).',
        ],
      },
      {
        heading: 'The innovation ladder',
        items: [
          'Innovation procurement has three levels, by how ready the market is to meet the need: initiate when no market meets it, introduce when new solutions exist or are on their way, implement when a fairly new market meets the need (p. 14–15).',
        ],
      },
      {
        heading: 'Who Trappan is for',
        items: [
          'Procurers and need owners in municipalities, regions and other contracting organisations, who find networks, join them and work on needs, priorities and decisions.',
          'The networks’ secretariats, who coordinate meetings, minutes, members and the network’s page in the registry.',
          'Agency staff, who follow the networks in the country and can start new ones.',
          'Suppliers, who take part in the networks’ market dialogues. They are never members: the report says the supplier side should not take part as participants in the networks (p. 33).',
        ],
      },
      {
        heading: 'Why a portal',
        items: [
          'The report proposes a national arena for innovation procurement that gathers competence, real projects, methods and tools and gives buyer networks practical support (p. 8).',
          'The facts about the ten networks known in 2019 come from the report (p. 7). The registry is open data that anyone may use.',
        ],
      },
    ],
    source: 'The page numbers refer to the final report of the Swedish National Agency for Public Procurement (Upphandlingsmyndigheten), “Uppdrag att främja innovationsupphandling genom stöd i form av upphandlings- och innovationskompetens för beställare”, report 2019:3, March 2019 (in Swedish).',
    openSourceHeading: 'Open source',
    openSource: 'Trappan is free software under the European Union Public Licence 1.2 (EUPL-1.2). Anyone may use, change and run it.',
    operatorHeading: 'Who runs this installation',
    openDataLink: 'About the open data',
    contactLink: 'Contact',
  },
  operator: {
    runBy: (name: string) => `This installation of Trappan is run by ${name}.`,
    runByUnnamed: 'This installation of Trappan is run by the organisation responsible for the website.',
    demo: 'This is a demo: the accounts are made up and nothing written here is used for real.',
    website: 'Website',
  },
  contact: {
    title: 'Contact',
    lead: 'How to reach those who run this installation of Trappan.',
    email: 'Email',
    noEmail: 'This installation has not given an email address. Contact it through its administrator.',
    networkHeading: 'Questions about a network',
    network: 'Questions about a particular network’s work are answered by the network itself. The network’s page in the registry shows who arranges it.',
    registryLink: 'To the registry',
    otherHeading: 'Personal data and accessibility',
    privacyLink: 'How Trappan handles personal data',
    accessibilityLink: 'The accessibility statement and how to report problems',
  },
  legalContact: {
    heading: 'Contact',
    withEmail: 'Contact the organisation that runs this installation of Trappan:',
    withoutEmail: 'Contact the organisation that runs this installation of Trappan, through its administrator.',
  },
};
