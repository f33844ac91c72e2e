import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { OverviewPage } from '@/modules/dashboards/overview-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).overview.title };
}

export default async function Page({ params }: Props) {
  return <OverviewPage locale={await routeLocale(params)} />;
}
