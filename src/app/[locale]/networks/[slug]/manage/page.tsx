import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { managePageTitle } from '@/modules/governance';
import { MembersPage } from '@/modules/governance/members-page';
import { NetworkPendingHandovers } from '@/modules/needs';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { title: await managePageTitle((await params).slug, locale, getMessages(locale).members.title) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  return <MembersPage locale={locale} slug={slug} notices={<NetworkPendingHandovers locale={locale} slug={slug} />} />;
}
