import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { GroupsPage } from '@/modules/governance/groups-page';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkPageTitle((await params).slug, getMessages(await routeLocale(params)).groups.title) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <GroupsPage locale={locale} slug={(await params).slug} />;
}
