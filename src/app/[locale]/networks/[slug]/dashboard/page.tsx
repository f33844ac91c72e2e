import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { NetworkDashboardPage } from '@/modules/dashboards/network-dashboard-page';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkPageTitle((await params).slug, getMessages(await routeLocale(params)).networkDashboard.title) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { done } = await searchParams;
  return <NetworkDashboardPage locale={locale} slug={(await params).slug} done={typeof done === 'string' ? done : undefined} />;
}
