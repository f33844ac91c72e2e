import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NewRoundPage, newRoundPageTitle } from '@/modules/needs/new-round-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await newRoundPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <NewRoundPage locale={locale} slug={(await params).slug} />;
}
