import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { meetingPageTitle } from '@/modules/meetings/meeting-layout';
import { MeetingPage } from '@/modules/meetings/meeting-page';

type Props = {
  params: Promise<{ locale: string; slug: string; meetingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, meetingId } = await params;
  return { title: await meetingPageTitle(slug, meetingId) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const { slug, meetingId } = await params;
  const { done } = await searchParams;
  return <MeetingPage locale={locale} slug={slug} meetingId={meetingId} done={typeof done === 'string' ? done : undefined} />;
}
