import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NeedsPage, needsPageTitle } from '@/modules/needs/needs-page';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await needsPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  return <NeedsPage locale={locale} slug={(await params).slug} searchParams={await searchParams} />;
}
