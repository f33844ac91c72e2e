// Who sees a network's prioritisation rounds: its participants (and coordinators and platform
// admins), like its needs that are not public. People who are signed out are asked to sign in
// first; anyone else gets a 404, so the pages do not reveal what the network prioritises.
import 'server-only';

import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getNetworkViewer } from '@/server/network-viewer';

import { seesAllNeeds } from './need-access';

export async function getRoundsViewer(slug: string, locale: Locale, returnPath: (slug: string) => string) {
  const { network, viewer } = await getNetworkViewer(slug);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnPath(network.slug))}`);
  if (!seesAllNeeds(viewer)) notFound();
  return { network, viewer };
}
