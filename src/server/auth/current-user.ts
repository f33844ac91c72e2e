// Who is signing this request, read fresh from the database once per request: the session
// row the cookie names must still exist and belong to the cookie's user, and the account
// must be verified, enabled and not deleted.
import 'server-only';

import { cache } from 'react';

import type { AffiliationStatus, OrganizationKind } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';

import { db } from '@/server/db/client';

import { readSession } from './session';

export type CurrentUser = {
  id: string;
  /** The UserSession row this request is signed with. */
  sessionId: string;
  name: string;
  email: string;
  title: string | null;
  locale: Locale;
  platformRole: 'ADMIN' | 'AGENCY_STAFF' | 'NONE';
  /** CONFIRMED: may speak for the organisation (join networks, vote); otherwise read only. */
  affiliation: AffiliationStatus;
  organization: { id: string; name: string; kind: OrganizationKind; countyCode: string | null } | null;
};

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const ids = await readSession();
  if (!ids) return null;
  const session = await db().userSession.findUnique({
    where: { id: ids.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          title: true,
          locale: true,
          platformRole: true,
          affiliation: true,
          disabledAt: true,
          deletedAt: true,
          emailVerifiedAt: true,
          organization: { select: { id: true, name: true, kind: true, countyCode: true } },
        },
      },
    },
  });
  if (!session || session.userId !== ids.userId || session.expiresAt <= new Date()) return null;
  const { user } = session;
  if (user.disabledAt || user.deletedAt || !user.emailVerifiedAt) return null;
  return {
    id: user.id,
    sessionId: ids.sessionId,
    name: user.name,
    email: user.email,
    title: user.title,
    locale: user.locale === 'en' ? 'en' : 'sv',
    platformRole: user.platformRole,
    affiliation: user.affiliation,
    organization: user.organization,
  };
});
