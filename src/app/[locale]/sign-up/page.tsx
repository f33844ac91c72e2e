import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { SignUpPage } from '@/modules/accounts/sign-up-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).signUp.title };
}

export default async function Page({ params }: Props) {
  return <SignUpPage locale={await routeLocale(params)} />;
}
