import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { EditMeetingPage } from '@/modules/meetings/edit-meeting-page';

type Props = { params: Promise<{ locale: string; slug: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await routeLocale(params)).meetings.editTitle };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, meetingId } = await params;
  return <EditMeetingPage locale={locale} slug={slug} meetingId={meetingId} />;
}
