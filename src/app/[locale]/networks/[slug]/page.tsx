import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NetworkPage, type NetworkPageNotice } from '@/modules/networks/network-page';
import { networkPageTitle } from '@/server/network-viewer';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: readonly NetworkPageNotice[] = ['started', 'published', 'unpublished', 'profileSaved'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkPageTitle((await params).slug) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const query = await searchParams;
  const notice = NOTICES.find((key) => query[key] === '1');
  return <NetworkPage locale={locale} slug={(await params).slug} notice={notice} />;
}
