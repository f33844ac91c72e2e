import type { Metadata } from 'next';

import { routeLocale } from '@/i18n/route-locale';
import { AgendaPage, agendaPageTitle } from '@/modules/meetings/agenda-page';

type Props = { params: Promise<{ locale: string; slug: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, meetingId } = await params;
  return { title: await agendaPageTitle(await routeLocale(params), slug, meetingId) };
}

// Who sees what is decided in AgendaPage: the public sees the published agenda of a public
// meeting, participants also their own proposals, coordinators everything.
export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  const { slug, meetingId } = await params;
  return <AgendaPage locale={locale} slug={slug} meetingId={meetingId} />;
}
