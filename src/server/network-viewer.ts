// Who is looking at a network's pages and what they may do there, decided once per request
// for every page of the network (meetings, needs, ...): the public sees what the network made
// public; participants (any active membership) see the rest; coordinators and platform
// admins manage. The server actions ask the same policy again for themselves. A draft network
// is a 404 for everyone but those who may see it (docs/decisions/0017).
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import { storedLocale, type Locale } from '@/i18n/locales';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { findNetworkAtSlug } from '@/server/network-visibility';
import { can, canSeeDraft, type Actor } from '@/server/policy';

export type NetworkViewer = {
  user: CurrentUser | null;
  actor: Actor | null;
  /** Coordinator of the network, or platform admin. */
  mayManage: boolean;
  /** Has an active membership of the network (any role). */
  mayParticipate: boolean;
};

export type ViewedNetwork = {
  id: string;
  slug: string;
  name: string;
  /** The language its people write its records in: pages in the other language mark those texts with it. */
  contentLocale: Locale;
  isDraft: boolean;
  /** Ended (CLOSED): read-only, so its pages offer no forms that add or change anything. */
  isEnded: boolean;
};

export type NetworkView = { network: ViewedNetwork; viewer: NetworkViewer };

/**
 * The network and what the signed-in person may do in it (asked once per request); a 404 when
 * there is no such network or it is a draft the person may not see. `movedTo` is set instead
 * when the slug is one the network answered on before a rename.
 */
export const findNetworkView = cache(async (slug: string): Promise<NetworkView | { movedTo: string }> => {
  const found = await findNetworkAtSlug(slug);
  if (found.kind === 'moved') return { movedTo: found.slug };
  if (found.kind === 'none') notFound();
  const { publishedAt, status, contentLocale, ...rest } = found.network;
  const network: ViewedNetwork = { ...rest, contentLocale: storedLocale(contentLocale), isDraft: publishedAt === null, isEnded: status === 'CLOSED' };
  const user = await getCurrentUser();
  if (!user) {
    if (network.isDraft) notFound();
    return { network, viewer: { user: null, actor: null, mayManage: false, mayParticipate: false } };
  }
  const membership = await db().membership.findFirst({
    where: { userId: user.id, networkId: network.id, status: 'ACTIVE' },
    select: { id: true, role: true },
  });
  const actor: Actor = { userId: user.id, platformRole: user.platformRole, membership: membership as { id: string; role: MembershipRole } | null };
  if (network.isDraft && !canSeeDraft(actor)) notFound();
  return {
    network,
    viewer: { user, actor, mayManage: can(actor, 'manage').allowed, mayParticipate: can(actor, 'participate').allowed },
  };
});

/** As findNetworkView, for a network's inner pages: an old slug there is a 404 (only the network's page redirects). */
export async function getNetworkViewer(slug: string): Promise<NetworkView> {
  const view = await findNetworkView(slug);
  if ('movedTo' in view) notFound();
  return view;
}

/**
 * A page title that names the page and the network, "Möten – Konstgräs" (the site layout adds
 * " – Trappan"); from the same cached read as the page, so the title costs no query of its own.
 * `parts` go first, most specific first: ("Dagordning", "Höstmötet") gives "Dagordning – Höstmötet – Konstgräs".
 */
export async function networkPageTitle(slug: string, ...parts: string[]): Promise<string> {
  const view = await findNetworkView(slug);
  const name = 'movedTo' in view ? null : view.network.name;
  return [...parts, ...(name ? [name] : [])].join(' – ');
}
