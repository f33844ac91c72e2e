import { routeLocale } from '@/i18n/route-locale';
import { MeetingLayout } from '@/modules/meetings/meeting-layout';

type Props = { children: React.ReactNode; params: Promise<{ locale: string; slug: string; meetingId: string }> };

// The meeting's frame: title, time and the tabs (overview, agenda, minutes). Each page decides
// for itself what the viewer may see; the frame shows only what getMeetingForViewer allows.
export default async function Layout({ children, params }: Props) {
  const locale = await routeLocale(params);
  const { slug, meetingId } = await params;
  return (
    <MeetingLayout locale={locale} slug={slug} meetingId={meetingId}>
      {children}
    </MeetingLayout>
  );
}
