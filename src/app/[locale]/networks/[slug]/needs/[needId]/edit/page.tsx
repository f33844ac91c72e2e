import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { EditNeedPage } from '@/modules/needs/edit-need-page';

type Props = { params: Promise<{ locale: string; slug: string; needId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).needs.editTitle };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, needId } = await params;
  return <EditNeedPage locale={locale} slug={slug} needId={needId} />;
}
