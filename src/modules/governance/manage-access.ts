// Who may open a network's secretariat pages (/networks/{slug}/manage/...): the same policy
// the server actions use. Every manage page calls requireNetworkManager itself, because
// Next renders a page alongside its layout and a layout's check alone would not stop it. A
// draft network is a 404 for anyone who may not see it, signed out included: its pages must
// not reveal that it exists (docs/decisions/0017). A published network's manage pages answer
// someone signed in without the role with 403, and ask someone signed out to sign in.
import 'server-only';

import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import type { CurrentUser } from '@/server/auth/current-user';
import { findNetworkView, networkPageTitle } from '@/server/network-viewer';
import { can, type Actor, type Decision } from '@/server/policy';

/**
 * `isEnded`: the network has ended (CLOSED), so its pages offer no forms that add or change anything.
 * `contentLocale`: the language its people write its records in.
 */
export type ManagedNetwork = { id: string; slug: string; name: string; isEnded: boolean; contentLocale: Locale };

export type ManageAccess = { network: ManagedNetwork; user: CurrentUser; actor: Actor; decision: Decision };

/**
 * The network, the signed-in person and whether they may manage it; signs in first if needed.
 * From the same cached read as the network's frame and pages (findNetworkView).
 */
export const getManageAccess = cache(async (slug: string, locale: Locale, path: string): Promise<ManageAccess> => {
  const view = await findNetworkView(slug);
  if ('movedTo' in view) notFound();
  const { network, viewer } = view;
  if (!viewer.user || !viewer.actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return {
    network: { id: network.id, slug: network.slug, name: network.name, isEnded: network.isEnded, contentLocale: network.contentLocale },
    user: viewer.user,
    actor: viewer.actor,
    decision: can(viewer.actor, 'manage'),
  };
});

/**
 * For a manage page: the network and the manager. Anyone else signed in gets the 403 page
 * (the network is public, so the page may say that it exists but is not theirs to open).
 */
export async function requireNetworkManager(slug: string, locale: Locale, path: string): Promise<ManageAccess> {
  const access = await getManageAccess(slug, locale, path);
  if (!access.decision.allowed) forbidden();
  return access;
}

/**
 * A manage page's title: the page and the network, or the 403 page's own title for someone
 * signed in who may not open it. Next resolves a page's metadata apart from its content and the
 * browser keeps that title, so without this the 403 page would be titled as the page refused
 * (and forbidden() thrown here would give it the 404 page's title instead).
 */
export async function managePageTitle(slug: string, locale: Locale, page: string): Promise<string> {
  const view = await findNetworkView(slug);
  if (!('movedTo' in view) && view.viewer.actor && !can(view.viewer.actor, 'manage').allowed) return getMessages(locale).errors.forbiddenTitle;
  return networkPageTitle(slug, page);
}
