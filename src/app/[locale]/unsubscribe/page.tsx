import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { UnsubscribePage } from '@/modules/accounts/unsubscribe-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).unsubscribe.title, robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  return <UnsubscribePage locale={await routeLocale(params)} searchParams={await searchParams} />;
}
