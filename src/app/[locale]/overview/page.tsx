import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { OverviewPage } from '@/modules/dashboards/overview-page';
import { parseTableSort } from '@/modules/dashboards/overview-tables';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).overview.title };
}

export default async function Page({ params, searchParams }: Props) {
  const { sort, dir } = await searchParams;
  return <OverviewPage locale={await routeLocale(params)} sort={parseTableSort({ sort, dir })} />;
}
