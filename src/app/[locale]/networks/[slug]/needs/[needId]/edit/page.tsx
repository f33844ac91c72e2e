import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { EditNeedPage, editNeedPageTitle } from '@/modules/needs/edit-need-page';

type Props = { params: Promise<{ locale: string; slug: string; needId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, needId } = await params;
  return { title: await editNeedPageTitle(await routeLocale(params), slug, needId) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  return <EditNeedPage locale={locale} slug={slug} needId={needId} />;
}
