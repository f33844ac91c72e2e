// The need form's fields and limits: plain values shared by the form in the browser and the
// server's schemas (need-form.ts), kept apart so the browser does not load zod.
/** The proposal and edit form's fields, in the order they appear. */
export const NEED_FIELDS = ['title', 'problem', 'affected', 'currentPractice', 'desiredEffect', 'areaId', 'organizations', 'ownerId', 'isPublic'] as const;

export type NeedField = (typeof NEED_FIELDS)[number];

/** The texts a need is described with (the proposal and the edit form). */
export const NEED_TEXTS = ['problem', 'affected', 'currentPractice', 'desiredEffect'] as const;

export const NEED_LIMITS = {
  title: 200,
  problem: 5000,
  affected: 2000,
  currentPractice: 2000,
  desiredEffect: 2000,
  reason: 1000,
  note: 1000,
} as const;

export const ORGANIZATION_FIELD_PREFIX = 'organization-';

export const organizationField = (organizationId: string) => `${ORGANIZATION_FIELD_PREFIX}${organizationId}`;
