// The start form's fields and limits: plain values shared by the form in the browser and the
// server's schema (start-network-schema.ts), kept apart so the browser does not load zod.

/** The start form's fields, in the order they appear (the error summary follows it). */
export const START_NETWORK_FIELDS = [
  'name',
  'descriptionSv',
  'descriptionEn',
  'aboutSv',
  'aboutEn',
  'areaId',
  'newAreaSv',
  'newAreaEn',
  'initiator',
  'arranger',
  'arrangerNumber',
  'startYear',
  'membershipPolicy',
  'contactName',
  'contactEmail',
] as const;

export type StartNetworkField = (typeof START_NETWORK_FIELDS)[number];

export const START_NETWORK_LIMITS = {
  name: 120,
  areaName: 80,
  description: 1000,
  about: 4000,
  contactName: 200,
  contactEmail: 254,
  reason: 1000,
} as const;

/** The area select's value for "propose a new area", named in the fields below it. */
export const NEW_AREA = 'new';

/** The arranger is the person's own organisation, or another found by its organisation number. */
export const ARRANGER_CHOICES = ['own', 'other'] as const;

/** On the profile form: the network keeps its arranger, or gets another by organisation number. */
export const PROFILE_ARRANGER_CHOICES = ['current', 'other'] as const;

/** The profile form's fields, in the order they appear: the start form's but the membership policy (the charter's). */
export const NETWORK_PROFILE_FIELDS = START_NETWORK_FIELDS.filter((field) => field !== 'membershipPolicy');
