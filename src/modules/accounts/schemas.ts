// Input schemas for organisations and people, shared by the seed and (later) the forms.
import { z } from 'zod';

import { OrganizationKind, PlatformRole } from '@/generated/prisma/enums';
import { ZEmail } from '@/server/auth/email';

import { checkScbCode, isValidOrganizationNumber, normalizeOrganizationNumber } from './organization-rules';


export const ZOrganizationInput = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Endast a–z, 0–9 och bindestreck.').max(100),
    name: z.string().trim().min(2).max(200),
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
  name: z.string().trim().min(1).max(200),
  email: ZEmail,
  title: z.string().trim().max(200).optional(),
  platformRole: z.enum(PlatformRole).default('NONE'),
});
export type TUserInput = z.input<typeof ZUserInput>;
