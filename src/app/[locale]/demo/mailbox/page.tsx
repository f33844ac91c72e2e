import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { DemoMailboxPage } from '@/modules/demo/mailbox-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).mailbox.title, robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  return <DemoMailboxPage locale={await routeLocale(params)} searchParams={await searchParams} />;
}
