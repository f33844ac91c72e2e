// English texts of the privacy notice and the accessibility statement: same shape as messages.sv.ts.
import type { LegalMessages } from './messages.sv';

export const legalEn: LegalMessages = {
  privacyNotice: {
    title: 'Personal data in Trappan',
    lead: 'How Trappan handles data about you: what is stored, why, for how long and whom to contact.',
    sections: [
      {
        heading: 'What we store',
        items: [
          'Your account: name, job title, email address, language, your organisation and whether it has confirmed you, your role in Trappan and when you last signed in. The password is stored only as an Argon2id hash, never in plain text.',
          'Sign-ins: one row per signed-in browser. It is deleted when you sign out and lasts eight hours at most.',
          'Single-use links to confirm an email address (24 hours) and choose a new password (one hour). Only a hash of the link is stored, deleted a week after it expired.',
          'Counters that slow down password guessing and too many requests, per email address and per network address. They are deleted after a day.',
          'What you do in networks: memberships, requests to join, meeting registrations and attendance, minutes, decisions and votes, needs, prioritisations, commitments and handovers.',
          "A log of changes (who did what, when). It is kept as long as the network's records, because it is the network's record of its decisions.",
          'The mails Trappan sends you (the outbox).',
        ],
      },
      {
        heading: 'Why',
        items: [
          'The account is needed so that you can sign in and take part: its basis is the agreement between you and whoever runs the service.',
          'The networks’ work on joint and innovation procurement is a task in the public interest for the public organisations taking part. Each organisation running an installation of Trappan states its own legal basis.',
          "The log and the counters protect the service and let the networks' decisions be followed up.",
        ],
      },
      {
        heading: 'For how long',
        items: [
          'Accounts that never confirmed their email address are deleted after seven days.',
          "Your account stays until you ask whoever runs the service to delete it. The networks' records (minutes, decisions, the log) remain even then.",
        ],
      },
      {
        heading: 'Your rights',
        items: [
          'You can correct your details under My account.',
          'You have the right to get the data Trappan holds about you and to ask for it to be erased. Contact whoever runs the service (below).',
          'You can complain to the Swedish Authority for Privacy Protection (IMY), imy.se.',
        ],
      },
      {
        heading: 'Cookies',
        items: ['Trappan uses only the cookies sign-in needs: the session cookie and one that protects forms against forged requests. No statistics, no tracking, no third-party services.'],
      },
    ],
    contactHeading: 'Contact',
    contactWith: 'Contact whoever runs this installation of Trappan:',
    contactWithout: 'Contact the organisation that runs this installation of Trappan, through its administrator.',
  },
  accessibilityStatement: {
    title: 'Accessibility statement',
    lead: 'Trappan should be usable by everyone. This is how the site meets the Swedish act (2018:1937) on accessibility to digital public services, its known gaps, and how to report problems.',
    sections: [
      {
        heading: 'How accessible the site is',
        items: ['The site is partially compliant with WCAG 2.1 level AA, because of the gaps below.'],
      },
      {
        heading: 'How we tested',
        items: [
          'Every page is checked automatically with axe-core in the Chromium browser in our end-to-end tests, against WCAG 2.1 A and AA, on every change.',
          'Forms are made for the keyboard: errors show next to the fields and in a summary that takes focus.',
          'No external audit has been made yet.',
        ],
      },
      {
        heading: 'Known gaps',
        items: [
          'No external audit has been made, and the site has not been tested by users of screen readers.',
          'Automated tests find only some problems; they do not judge, for example, whether texts are easy to understand.',
          'The calendar feed (.ics) and the open data (JSON, CSV) are file formats for other programs, not pages.',
        ],
      },
      {
        heading: 'Report a problem',
        items: ['If something stops you, contact whoever runs the service (below), and we will try to fix it or give you the information another way.'],
      },
      {
        heading: 'Supervision',
        items: ['The Agency for Digital Government (DIGG) supervises the act. If you are not satisfied with how we handled your report, you can report it to DIGG, digg.se.'],
      },
    ],
    date: 'This statement was made on 3 December 2026.',
  },
};
