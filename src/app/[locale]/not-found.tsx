import type { Metadata } from 'next';

import { isLocale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { NotFoundView } from '@/ui/error-views';

type Props = { params: Promise<{ locale: string }> };

// Its own title ("Sidan finns inte – Trappan"), not the home page's.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : 'sv').errors.notFoundTitle };
}

export default function NotFound() {
  return <NotFoundView />;
}
