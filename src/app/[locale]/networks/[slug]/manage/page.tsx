import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { MembersPage } from '@/modules/governance/members-page';
import { NetworkPendingHandovers } from '@/modules/needs';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkPageTitle((await params).slug, getMessages(await routeLocale(params)).members.title) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  return <MembersPage locale={locale} slug={slug} notices={<NetworkPendingHandovers locale={locale} slug={slug} />} />;
}
