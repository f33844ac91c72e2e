import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { ContactPage } from '@/modules/legal/contact-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).contact.title };
}

export default async function Page({ params }: Props) {
  return <ContactPage locale={await routeLocale(params)} />;
}
