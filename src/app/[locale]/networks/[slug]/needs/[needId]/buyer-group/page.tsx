import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { BuyerGroupPage, buyerGroupPageTitle } from '@/modules/needs/buyer-group-page';

type Props = { params: Promise<{ locale: string; slug: string; needId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, needId } = await params;
  return { title: await buyerGroupPageTitle(await routeLocale(params), slug, needId) };
}

// Coordinators only; everyone else gets a 404 (see BuyerGroupPage).
export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  return <BuyerGroupPage locale={locale} slug={slug} needId={needId} />;
}
