import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { managePageTitle } from '@/modules/governance';
import { InvitationsPage } from '@/modules/governance/invitations-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { title: await managePageTitle((await params).slug, locale, getMessages(locale).joining.invitationsTitle) };
}

export default async function Page({ params }: Props) {
  const locale = await routeLocale(params);
  return <InvitationsPage locale={locale} slug={(await params).slug} />;
}
