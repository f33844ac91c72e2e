import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { managePageTitle } from '@/modules/governance';
import { GroupsPage } from '@/modules/governance/groups-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { title: await managePageTitle((await params).slug, locale, getMessages(locale).groups.title) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <GroupsPage locale={locale} slug={(await params).slug} />;
}
