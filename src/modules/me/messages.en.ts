// English UI text of a person's own page (/me): same shape as messages.sv.ts.
import { template } from '@/i18n/template';

import type { MeMessages } from './messages.sv';

export const meEn: MeMessages = {
  me: {
    title: 'My networks',
    accountLink: 'My account: details, password and emails',
    pendingAffiliation: 'Your organisation has not confirmed you yet. You can read everything, but join networks and vote only once someone at the organisation or a Trappan administrator has confirmed you.',
    organization: 'Organisation',
    noOrganization: 'You are not linked to an organisation.',
    platformRole: 'Role in Trappan',
    contractingAuthority: 'Contracting authority',
    notContractingAuthority: 'Not a contracting authority',
    networksHeading: 'Networks you take part in',
    role: 'Role',
    since: 'Since',
    noNetworks: 'You are not in any network yet. Browse the registry to find a network working on your needs.',
    noNetworksPending: 'You are not in any network yet. Once your organisation has confirmed you, you can join; in the registry you can already read about the networks.',
    browse: 'Go to the network registry',
    signedIn: 'You are signed in.',
    county: 'County',
    noNetworksSupplier:
      "Suppliers are not members of buyer networks, but take part in the networks' market dialogues: read questions and answers, give written answers and book dialogue meetings.",
    browseDialogues: 'To the market dialogues',
  },
  myTasks: {
    heading: 'To do',
    lead: 'What is waiting for you, newest first. Each line leads to where you do it.',
    empty: 'Nothing is waiting for you right now. Requests to decide, prioritisation rounds to vote in, meetings to answer, minutes to adjust and other things waiting for you are listed here.',
    network: 'Network',
    joinRequest: template('Decide on the request from {person}'),
    firstCoordinator: template('Appoint a first coordinator: {person} wants to join, and the network has no coordinator'),
    agendaProposal: template('Decide on the proposal “{item}” for {meeting}'),
    round: template('Vote in the prioritisation round “{title}” for your organisation'),
    roundCloses: template('Closes {date}'),
    meetingAnswer: template('Say whether you will attend {title}'),
    meetingStarts: template('Starts {date}'),
    minutesToAdjust: template('Adjust the minutes of {meeting}'),
    handover: template('Acknowledge the handover of “{need}”'),
    sharingInvitation: template('Say whether {organization} shares the need “{need}”'),
    dialogueResponse: template('Give your written answer in “{dialogue}”'),
    dialogueCloses: template('By {date}'),
    questionAnswered: template('Your question in “{dialogue}” has been answered'),
    answeredOn: template('Answered {date}'),
  },
  pendingColleagues: {
    heading: 'Colleagues waiting for confirmation',
    lead: template('These people have created an account at {organization} and wait for someone to confirm that they work there. Confirm only someone you know works with you: they can then join networks and speak for the organisation.'),
    signedUp: template('Account created {date}'),
    confirm: 'Confirm',
    confirming: 'Confirming …',
    errorSummary: 'The person was not confirmed',
    more: template('Showing the {shown} most recent of {total} waiting. More appear once these are confirmed.'),
  },
};
