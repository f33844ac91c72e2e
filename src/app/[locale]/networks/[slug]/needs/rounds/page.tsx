import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { RoundsPage, roundsPageTitle } from '@/modules/needs/rounds-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await roundsPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <RoundsPage locale={locale} slug={(await params).slug} />;
}
