import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { SignInPage } from '@/modules/accounts/sign-in-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).signIn.title };
}

export default async function Page({ params, searchParams }: Props) {
  return <SignInPage locale={await routeLocale(params)} searchParams={await searchParams} />;
}
