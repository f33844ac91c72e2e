import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { DialoguesPage } from '@/modules/dialogues/dialogues-page';
import type { SearchParams } from '@/ui/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { title: getMessages(locale).dialogues.title, alternates: { types: { 'application/atom+xml': `/${locale}/dialogues/feed.atom` } } };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  return <DialoguesPage locale={locale} searchParams={await searchParams} />;
}
