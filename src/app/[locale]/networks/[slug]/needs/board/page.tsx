import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { LadderBoardPage, ladderBoardPageTitle } from '@/modules/needs/ladder-board-page';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await ladderBoardPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  return <LadderBoardPage locale={locale} slug={(await params).slug} searchParams={await searchParams} />;
}
