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
