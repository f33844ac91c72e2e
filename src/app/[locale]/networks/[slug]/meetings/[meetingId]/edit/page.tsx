import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { EditMeetingPage, editMeetingPageTitle } from '@/modules/meetings/edit-meeting-page';

type Props = { params: Promise<{ locale: string; slug: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, meetingId } = await params;
  return { title: await editMeetingPageTitle(await routeLocale(params), slug, meetingId) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, meetingId } = await params;
  return <EditMeetingPage locale={locale} slug={slug} meetingId={meetingId} />;
}
