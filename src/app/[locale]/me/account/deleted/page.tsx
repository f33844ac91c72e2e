import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { AccountDeletedPage } from '@/modules/accounts/account-deleted-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).myData.deletedTitle, robots: { index: false } };
}

export default async function Page({ params }: Props) {
  return <AccountDeletedPage locale={await routeLocale(params)} />;
}
