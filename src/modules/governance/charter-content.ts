// A charter version's content (its fields, limits and what changed) and its dates: plain values
// and pure functions shared by the charter form in the browser, the pages and the server's schema
// (charter.ts), kept apart so the browser does not load zod.
import { DecisionRule, MeetingFormat, MembershipPolicy } from '@/generated/prisma/enums';
import { dateTimeFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';

/** The content of a charter version, in the order the form and the history show it. */
export const CHARTER_FIELDS = [
  'mission',
  'shortTermGoals',
  'longTermGoals',
  'memberBenefit',
  'stakeholderRelations',
  'membershipPolicy',
  'associationsVote',
  'decisionRule',
  'qualifiedMajorityPercent',
  'quorumPercent',
  'physicalMeetingsPerYear',
  'meetingFormat',
] as const;

export type CharterField = (typeof CHARTER_FIELDS)[number];

export type CharterContent = {
  mission: string;
  shortTermGoals: string;
  longTermGoals: string;
  memberBenefit: string;
  /** How the network relates to potential suppliers and industry bodies (report p. 33); may be ''. */
  stakeholderRelations: string;
  membershipPolicy: MembershipPolicy;
  /**
   * Whether members and the steering group from associations vote (the report leaves how a
   * network relates to industry bodies to the network, p. 33). Never makes them buyers.
   */
  associationsVote: boolean;
  decisionRule: DecisionRule;
  /** Only for a qualified majority; null otherwise (a database check enforces it). */
  qualifiedMajorityPercent: number | null;
  quorumPercent: number;
  physicalMeetingsPerYear: number;
  meetingFormat: MeetingFormat;
};

/** The limits the database's check constraints also hold (migration 20261126032038_governance). */
export const CHARTER_LIMITS = {
  textMax: 4000,
  qualifiedMajorityPercent: { min: 51, max: 100 },
  quorumPercent: { min: 1, max: 100 },
  physicalMeetingsPerYear: { min: 0, max: 52 },
} as const;

/** The fields in which `next` differs from `previous`; every field that has a value for a first version. */
export function changedFields(previous: CharterContent | null, next: CharterContent): CharterField[] {
  if (!previous) return CHARTER_FIELDS.filter((field) => next[field] !== null);
  return CHARTER_FIELDS.filter((field) => previous[field] !== next[field]);
}

/** Just the charter's content, e.g. from a database row or the validated form. */
export function charterContent(source: CharterContent): CharterContent {
  return Object.fromEntries(CHARTER_FIELDS.map((field) => [field, source[field]])) as CharterContent;
}

/** When a version was saved, as people in Sweden read the clock (the server may run in UTC). */
export function formatCharterDate(date: Date, locale: Locale, options: { withTime?: boolean } = {}): string {
  return dateTimeFormat(locale, {
    dateStyle: 'long',
    ...(options.withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Stockholm',
  }).format(date);
}
