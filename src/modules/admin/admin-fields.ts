// Constants the admin's client forms need, kept apart from the actions' schemas so the
// browser does not load zod.
import type { OrganizationKind, PlatformRole } from '@/generated/prisma/enums';
import { ACCOUNT_LIMITS } from '@/modules/accounts/client';

/** The platform roles an admin can give, from the least to the most. */
export const PLATFORM_ROLES = ['NONE', 'AGENCY_STAFF', 'ADMIN'] as const satisfies readonly PlatformRole[];

export const ORGANIZATION_KINDS = [
  'MUNICIPALITY',
  'REGION',
  'STATE_AGENCY',
  'PUBLIC_COMPANY',
  'CENTRAL_PURCHASING_BODY',
  'ASSOCIATION',
  'COMPANY',
  'ACADEMIA',
  'OTHER',
] as const satisfies readonly OrganizationKind[];

/** The longest organisation name the edit form takes: the same as at sign-up. */
export const MAX_ORGANIZATION_NAME = ACCOUNT_LIMITS.organizationName;
