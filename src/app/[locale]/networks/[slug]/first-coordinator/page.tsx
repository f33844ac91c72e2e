import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { FirstCoordinatorPage } from '@/modules/governance/first-coordinator-page';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkPageTitle((await params).slug, getMessages(await routeLocale(params)).firstCoordinator.title) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <FirstCoordinatorPage locale={locale} slug={(await params).slug} />;
}
