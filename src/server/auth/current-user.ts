// Who is signing this request, read fresh from the database once per request.
import 'server-only';

import { cache } from 'react';

import type { OrganizationKind } from '@/generated/prisma/enums';

import { db } from '@/server/db/client';

import { sessionUserId } from './session';

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  platformRole: 'ADMIN' | 'AGENCY_STAFF' | 'NONE';
  organization: { id: string; name: string; kind: OrganizationKind; countyCode: string | null } | null;
};

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const userId = await sessionUserId();
  if (!userId) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      platformRole: true,
      disabledAt: true,
      organization: { select: { id: true, name: true, kind: true, countyCode: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email, title: user.title, platformRole: user.platformRole, organization: user.organization };
});
