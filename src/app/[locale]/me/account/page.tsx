import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { MyAccountPage } from '@/modules/accounts/my-account-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).myAccount.title };
}

export default async function Page({ params }: Props) {
  return <MyAccountPage locale={await routeLocale(params)} />;
}
