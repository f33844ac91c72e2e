import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { StartNetworkPage } from '@/modules/networks/start-network-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).startNetwork.title };
}

export default async function Page({ params }: Props) {
  return <StartNetworkPage locale={await routeLocale(params)} />;
}
