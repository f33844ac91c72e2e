import type { Metadata } from 'next';

import { getMessages } from '@/i18n/messages';
import { routeLocale } from '@/i18n/route-locale';
import { AreasPage } from '@/modules/admin';
import { getCurrentUser } from '@/server/auth/current-user';
import { canReadAllAuditEvents } from '@/server/policy';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The page is a 404 for everyone but admins; its title must not say otherwise.
  if (!canReadAllAuditEvents(await getCurrentUser())) return {};
  return { title: getMessages(await routeLocale(params)).adminAreas.title };
}

export default async function Page({ params }: Props) {
  return <AreasPage locale={await routeLocale(params)} />;
}
