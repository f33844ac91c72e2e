import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { AboutPage } from '@/modules/legal/about-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).about.title };
}

export default async function Page({ params }: Props) {
  return <AboutPage locale={await routeLocale(params)} />;
}
