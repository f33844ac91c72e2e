import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { MeetingsPage, meetingsPageTitle } from '@/modules/meetings/meetings-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await meetingsPageTitle(await routeLocale(params), (await params).slug) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <MeetingsPage locale={locale} slug={(await params).slug} />;
}
