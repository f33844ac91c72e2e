// Input schemas for organisations and people as the seed and the tests create them (no person
// types these: the forms' schemas are in the actions, under the shared input rules). The same
// limits as the forms.
import { z } from 'zod';

import { OrganizationKind, PlatformRole } from '@/generated/prisma/enums';
import { ZEmail } from '@/server/auth/email';

import { ACCOUNT_LIMITS } from './account-limits';
import { checkScbCode, isValidOrganizationNumber, normalizeOrganizationNumber } from './organization-rules';

export const ZOrganizationInput = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Endast a–z, 0–9 och bindestreck.').max(100),
    name: z.string().trim().min(2).max(ACCOUNT_LIMITS.organizationName),
    kind: z.enum(OrganizationKind),
    organizationNumber: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || isValidOrganizationNumber(value), {
        message: 'Organisationsnumret är ogiltigt (kontrollsiffran stämmer inte).',
      })
      .transform((value) => (value ? normalizeOrganizationNumber(value)! : undefined)),
    countyCode: z.string().trim().optional(),
    scbCode: z.string().trim().optional(),
  })
  .superRefine((org, ctx) => {
    const problem = checkScbCode(org.kind, org.countyCode, org.scbCode);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem === 'countyUnknown' ? 'countyCode' : 'scbCode'], message: problem });
  });
export type TOrganizationInput = z.input<typeof ZOrganizationInput>;

export const ZUserInput = z.object({
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.personName),
  email: ZEmail,
  title: z.string().trim().max(ACCOUNT_LIMITS.jobTitle).optional(),
  platformRole: z.enum(PlatformRole).default('NONE'),
});
export type TUserInput = z.input<typeof ZUserInput>;
