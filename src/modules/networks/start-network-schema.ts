// The start form and the profile form, validated in the person's language: what the founders
// typed, trimmed, with the name checked for an address it can give (network-slug.ts). Whether
// the area and the arranger exist is for the database to say, inside the action's transaction.
import { z } from 'zod';

import { MembershipPolicy, NetworkInitiator } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { normalizeOrganizationNumber } from '@/modules/accounts/client';
import { optionalText, requiredText } from '@/server/input-rules';

import { networkSlugFrom, slugProblem } from './network-slug';
import { ARRANGER_CHOICES, NEW_AREA, PROFILE_ARRANGER_CHOICES, START_NETWORK_LIMITS } from './start-network-fields';

/** A name on one line: runs of spaces and line breaks are one space. */
const oneLine = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ') : value);

/** The details a network has from its start and its coordinators keep up to date. */
function networkDetailsShape(messages: Messages, years: { min: number; max: number }) {
  const t = messages.startNetwork.errors;
  const label = messages.startNetwork.fields;
  const L = START_NETWORK_LIMITS;
  return {
    name: z
      .unknown()
      .optional()
      .transform(oneLine)
      .pipe(requiredText(messages, label.name, L.name))
      .superRefine((name, ctx) => {
        const problem = slugProblem(networkSlugFrom(name));
        if (problem) ctx.addIssue({ code: 'custom', message: problem === 'empty' ? t.nameNoLetters : t.nameReserved });
      }),
    descriptionSv: requiredText(messages, label.descriptionSv, L.description),
    descriptionEn: optionalText(messages, L.description),
    aboutSv: optionalText(messages, L.about),
    aboutEn: optionalText(messages, L.about),
    areaId: z.string(t.areaRequired).trim().min(1, t.areaRequired).max(40, t.areaRequired),
    // Read only when the area select says NEW_AREA (withAreaProposal).
    newAreaSv: optionalText(messages, L.areaName).transform((value) => value.replace(/\s+/g, ' ')),
    newAreaEn: optionalText(messages, L.areaName).transform((value) => value.replace(/\s+/g, ' ')),
    // Read only for platform admins (startStanding says who may choose).
    initiator: z.enum(NetworkInitiator, t.initiatorRequired).optional(),
    arrangerNumber: z.string().optional(),
    startYear: z
      .string(t.startYearInvalid(years.min, years.max))
      .trim()
      .regex(/^\d{4}$/, t.startYearInvalid(years.min, years.max))
      .transform(Number)
      .pipe(z.number().min(years.min, t.startYearInvalid(years.min, years.max)).max(years.max, t.startYearInvalid(years.min, years.max))),
    contactName: optionalText(messages, L.contactName).transform((value) => value || null),
    contactEmail: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim().toLowerCase())
      .pipe(z.union([z.literal(''), z.email(t.emailInvalid).max(L.contactEmail, t.emailInvalid)]))
      .transform((value) => value || null),
  };
}

/**
 * An arranger named by its organisation number needs a valid one, checked beside the other
 * fields' errors rather than after them (a refinement runs even when they fail); the number is
 * then normalised, and null when no other arranger is named.
 */
function withArrangerNumber<T extends z.ZodType<{ arranger: string; arrangerNumber?: string | undefined; areaId: string; newAreaSv: string }>>(
  schema: T,
  messages: Messages,
) {
  return schema
    .superRefine((input, ctx) => {
      if (input.arranger === 'other' && !normalizeOrganizationNumber(input.arrangerNumber ?? '')) {
        ctx.addIssue({ code: 'custom', path: ['arrangerNumber'], message: messages.startNetwork.errors.arrangerNumberInvalid });
      }
      // A proposed area needs a Swedish name that can give it an address (letters or digits).
      if (input.areaId === NEW_AREA && !networkSlugFrom(input.newAreaSv)) {
        ctx.addIssue({ code: 'custom', path: ['newAreaSv'], message: messages.startNetwork.errors.newAreaRequired });
      }
    })
    .transform(({ arrangerNumber, ...rest }) => ({
      ...(rest as Omit<z.output<T>, 'arrangerNumber'>),
      arrangerNumber: rest.arranger === 'other' ? normalizeOrganizationNumber(arrangerNumber ?? '') : null,
    }));
}

export function startNetworkSchema(messages: Messages, years: { min: number; max: number }) {
  const t = messages.startNetwork.errors;
  return withArrangerNumber(
    z.object({
      ...networkDetailsShape(messages, years),
      arranger: z.enum(ARRANGER_CHOICES, t.arrangerRequired),
      membershipPolicy: z.enum(MembershipPolicy, t.policyRequired),
    }),
    messages,
  );
}

export type StartNetworkInput = z.output<ReturnType<typeof startNetworkSchema>>;

/** The profile form: the same details, for the network the form names, as of the version it showed. */
export function networkProfileSchema(messages: Messages, years: { min: number; max: number }) {
  const t = messages.startNetwork.errors;
  return withArrangerNumber(
    z.object({
      ...networkDetailsShape(messages, years),
      networkId: z.string().min(1).max(40),
      baseVersion: z.coerce.number().int().min(1).max(2_147_483_647),
      arranger: z.enum(PROFILE_ARRANGER_CHOICES, t.arrangerRequired),
    }),
    messages,
  );
}

export type NetworkProfileInput = z.output<ReturnType<typeof networkProfileSchema>>;
