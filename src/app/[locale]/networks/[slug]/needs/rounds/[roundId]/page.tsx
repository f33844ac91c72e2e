import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { RoundPage, roundPageTitle } from '@/modules/needs/round-page';

type Props = {
  params: Promise<{ locale: string; slug: string; roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, roundId } = await params;
  return { title: await roundPageTitle(await routeLocale(params), slug, roundId) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { slug, roundId } = await params;
  const { done } = await searchParams;
  return <RoundPage locale={locale} slug={slug} roundId={roundId} done={typeof done === 'string' ? done : undefined} />;
}
