// Who may open a network's secretariat pages (/networks/{slug}/manage/...): the same policy
// the server actions use. Every manage page calls requireNetworkManager itself, because
// Next renders a page alongside its layout and a layout's check alone would not stop it. A
// draft network is a 404 for anyone who may not see it, signed out included: its pages must
// not reveal that it exists (docs/decisions/0017).
import 'server-only';

import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { findNetworkAtSlug } from '@/server/network-visibility';
import { can, canSeeDraft, type Actor, type Decision } from '@/server/policy';

/** `isEnded`: the network has ended (CLOSED), so its pages offer no forms that add or change anything. */
export type ManagedNetwork = { id: string; slug: string; name: string; isEnded: boolean };

export type ManageAccess = { network: ManagedNetwork; user: CurrentUser; actor: Actor; decision: Decision };

/** The network, the signed-in person and whether they may manage it; signs in first if needed. */
export const getManageAccess = cache(async (slug: string, locale: Locale, path: string): Promise<ManageAccess> => {
  const found = await findNetworkAtSlug(slug);
  if (found.kind !== 'found') notFound();
  const { publishedAt, status, ...rest } = found.network;
  const network: ManagedNetwork = { ...rest, isEnded: status === 'CLOSED' };
  const user = await getCurrentUser();
  if (!user) {
    if (publishedAt === null) notFound();
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  const membership = await db().membership.findFirst({
    where: { userId: user.id, networkId: network.id, status: 'ACTIVE' },
    select: { id: true, role: true },
  });
  const actor: Actor = { userId: user.id, platformRole: user.platformRole, membership: membership as { id: string; role: MembershipRole } | null };
  if (publishedAt === null && !canSeeDraft(actor)) notFound();
  return { network, user, actor, decision: can(actor, 'manage') };
});

/**
 * For a manage page: the network and the manager, or a 404 for anyone else (the page does not
 * reveal itself to people who may not manage the network; the layout explains why).
 */
export async function requireNetworkManager(slug: string, locale: Locale, path: string): Promise<ManageAccess> {
  const access = await getManageAccess(slug, locale, path);
  if (!access.decision.allowed) notFound();
  return access;
}
