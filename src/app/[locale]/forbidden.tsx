import type { Metadata } from 'next';

import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { ForbiddenView } from '@/ui/error-views';

type Props = { params: Promise<{ locale: string }> };

// A page the signed-in person may not open (forbidden(), HTTP 403), e.g. a network's manage
// pages for a member who is not its coordinator. This title reaches the first HTML; the one the
// browser keeps comes from the refused page's own metadata (managePageTitle gives the same).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : 'sv').errors.forbiddenTitle };
}

export default function Forbidden() {
  return <ForbiddenView />;
}
