import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { OpenDataPage } from '@/modules/open-data/open-data-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).openData.title };
}

export default async function Page({ params }: Props) {
  return <OpenDataPage locale={await routeLocale(params)} />;
}
