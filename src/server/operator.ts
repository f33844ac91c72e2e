// Who runs this installation of Trappan: the organisation that answers for it (the privacy
// notice's controller, the accessibility statement's "we") and how to reach it. Set by the
// operator in the environment (README: TRAPPAN_OPERATOR_NAME, TRAPPAN_OPERATOR_URL,
// TRAPPAN_CONTACT_EMAIL, TRAPPAN_OPERATOR_ORGANISATION_NUMBER, TRAPPAN_OPERATOR_PUBLISHER_TYPE);
// the demo names itself as a demo, and an installation that has named no one says so
// neutrally rather than inventing an operator. The organisation number and publisher type
// make the operator the publisher of the open-data catalogue (docs/decisions/0025).
import Organisationsnummer from 'organisationsnummer';

import { isDemoMode, type DatabaseEnv } from './db/database-config';

export type Operator = {
  /** The organisation's name, or null when the installation has not named one. */
  name: string | null;
  /** Its own website (https, or http), or null. */
  url: string | null;
  /** The address for questions about this installation, or null. */
  email: string | null;
  /** The organisation number, ten digits without hyphen, or null. */
  organisationNumber: string | null;
  /** The kind of publisher in the ADMS publisher-type vocabulary, or null when not known. */
  publisherType: PublisherType | null;
  /** Where questions about the open data go: the contact address, a made-up one in the demo. */
  openDataEmail: string | null;
  /** The demo on the embedded database with made-up accounts. */
  isDemo: boolean;
};

/** The codes of http://purl.org/adms/publishertype/ that DCAT-AP-SE offers. */
export const PUBLISHER_TYPES = [
  'Academia-ScientificOrganisation',
  'Company',
  'IndustryConsortium',
  'LocalAuthority',
  'NationalAuthority',
  'NonGovernmentalOrganisation',
  'NonProfitOrganisation',
  'RegionalAuthority',
  'StandardisationBody',
  'SupraNationalAuthority',
] as const;
export type PublisherType = (typeof PUBLISHER_TYPES)[number];

/** The operator's name in the demo, when TRAPPAN_OPERATOR_NAME is not set. */
export const DEMO_OPERATOR_NAME = 'Trappans utvecklare (demo)';

/**
 * The demo's organisation number, when TRAPPAN_OPERATOR_ORGANISATION_NUMBER is not set: made
 * up (a valid check digit in the state's number series), so the demo's catalogue has the
 * publisher address the Swedish data portal expects. Never harvest a demo.
 */
export const DEMO_ORGANISATION_NUMBER = '2021000001';

/** The demo's open-data contact: the .test domain is reserved and never delivers mail. */
export const DEMO_OPEN_DATA_EMAIL = 'oppnadata@trappan.test';

// Bolagsverket's number series: 202100- state agencies, 212000- municipalities, 232100- regions.
const PUBLISHER_TYPE_BY_PREFIX: ReadonlyArray<[string, PublisherType]> = [
  ['2021', 'NationalAuthority'],
  ['2120', 'LocalAuthority'],
  ['2321', 'RegionalAuthority'],
];

function organisationNumber(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text || !Organisationsnummer.valid(text)) return null;
  return Organisationsnummer.parse(text).format(false);
}

function publisherType(value: string | undefined, number: string | null): PublisherType | null {
  const text = value?.trim();
  const configured = PUBLISHER_TYPES.find((type) => type === text);
  if (configured) return configured;
  return PUBLISHER_TYPE_BY_PREFIX.find(([prefix]) => number?.startsWith(prefix))?.[1] ?? null;
}

function webAddress(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function readOperator(env: DatabaseEnv = process.env): Operator {
  const isDemo = isDemoMode(env);
  const typed = env.TRAPPAN_CONTACT_EMAIL?.trim();
  const email = typed && /^[^\s@]+@[^\s@]+$/.test(typed) ? typed : null;
  const number = organisationNumber(env.TRAPPAN_OPERATOR_ORGANISATION_NUMBER) ?? (isDemo ? DEMO_ORGANISATION_NUMBER : null);
  return {
    name: env.TRAPPAN_OPERATOR_NAME?.trim() || (isDemo ? DEMO_OPERATOR_NAME : null),
    url: webAddress(env.TRAPPAN_OPERATOR_URL),
    email,
    organisationNumber: number,
    publisherType: publisherType(env.TRAPPAN_OPERATOR_PUBLISHER_TYPE, number),
    openDataEmail: email ?? (isDemo ? DEMO_OPEN_DATA_EMAIL : null),
    isDemo,
  };
}
