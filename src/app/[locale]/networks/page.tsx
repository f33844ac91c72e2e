import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { getMessages } from '@/i18n/messages';
import { RegistryPage } from '@/modules/registry/registry-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).registry.title };
}

export default async function Page({ params, searchParams }: Props) {
  return <RegistryPage locale={await routeLocale(params)} searchParams={await searchParams} />;
}
