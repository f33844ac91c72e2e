import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { InvitationPage } from '@/modules/governance/invitation-page';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The token stays out of the title (and so out of browser history titles and bookmarks).
  return { title: getMessages(await routeLocale(params)).joining.invitationTitle, referrer: 'no-referrer' };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <InvitationPage locale={locale} token={(await params).token} />;
}
