import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { AssessPage, assessPageTitle } from '@/modules/needs/assess-page';

type Props = { params: Promise<{ locale: string; slug: string; needId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, needId } = await params;
  return { title: await assessPageTitle(await routeLocale(params), slug, needId) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  return <AssessPage locale={locale} slug={slug} needId={needId} />;
}
