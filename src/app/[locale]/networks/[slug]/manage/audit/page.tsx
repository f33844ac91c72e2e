import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { managePageTitle } from '@/modules/governance';
import { NetworkAuditPage } from '@/modules/audit/network-audit-page';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { title: await managePageTitle((await params).slug, locale, getMessages(locale).audit.title) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  return <NetworkAuditPage locale={locale} slug={(await params).slug} searchParams={await searchParams} />;
}
