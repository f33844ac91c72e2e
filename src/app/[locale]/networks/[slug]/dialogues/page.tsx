import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { NetworkDialoguesPage } from '@/modules/dialogues';
import { networkDialoguesPageTitle } from '@/modules/dialogues/network-dialogues-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await networkDialoguesPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <NetworkDialoguesPage locale={locale} slug={(await params).slug} />;
}
