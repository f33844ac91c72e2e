import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NetworkPage } from '@/modules/networks/network-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).slug) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <NetworkPage locale={locale} slug={(await params).slug} />;
}
